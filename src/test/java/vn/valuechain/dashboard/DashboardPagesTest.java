package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The dashboard pages and API for every role; a DISTRICT user's figures are their unit's, beside the province's. */
class DashboardPagesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;
    Chain coconut;
    Chain pomelo;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        Cooperative coop = registry.cooperative("HTX dừa Định Thủy", p.dinhThuy());
        coconut = registry.chainWith(coop, "Chuỗi dừa Mỏ Cày Nam", p.moCayNam());
        pomelo = registry.chain("Chuỗi bưởi Chợ Lách", "Bưởi da xanh", p.choLach());
        em.flush();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleSeesTheDashboardTheMethodologyAndTheApi(String user) throws Exception {
        mvc.perform(get("/dashboard").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số chuỗi có đủ thành phần HTX và doanh nghiệp")));
        mvc.perform(get("/methodology").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phiên bản công thức đang áp dụng: 2026.2")));
        mvc.perform(get("/api/v1/dashboard").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formulaVersion").value("2026.2"))
                .andExpect(jsonPath("$.summary.criteria.COOPERATIVE.applicable").isNumber());
        mvc.perform(get("/dashboard/chains").param("selection", "COOPERATIVE").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi dừa Mỏ Cày Nam")));
        mvc.perform(get("/chains/{id}/scorecard", coconut.getId()).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có doanh nghiệp tham gia khâu tiêu thụ.")));
        mvc.perform(get("/dashboard/chains")
                        .param("selection", "dropped")
                        .param("since", "01/01/2026")
                        .with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi có mức độ hoàn thiện giảm")))
                .andExpect(content().string(containsString("So với ngày 01/01/2026")));
        mvc.perform(get("/dashboard/chains")
                        .param("selection", "dropped")
                        .param("format", "csv")
                        .with(as(user)))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleSeesTheCooperativesAndEnterprisesBehindTheFigures(String user) throws Exception {
        String moCayNam = p.moCayNam().getId().toString();
        mvc.perform(get("/dashboard").param("unit", moCayNam).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/dashboard/cooperatives?stable=true&amp;")))
                .andExpect(content().string(containsString("/dashboard/cooperatives?stable=false&amp;")))
                .andExpect(content().string(containsString("/dashboard/enterprises?date=")));
        // the cooperative has no offtake contract: not stable
        mvc.perform(get("/dashboard/cooperatives")
                        .param("stable", "false")
                        .param("unit", moCayNam)
                        .with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX dừa Định Thủy")))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/dashboard/cooperatives")
                        .param("stable", "true")
                        .param("unit", moCayNam)
                        .with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("HTX dừa Định Thủy"))))
                .andExpect(content().string(containsString("Tổng số: 0")));
        mvc.perform(get("/dashboard/enterprises").param("unit", moCayNam).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổng số: 0")));
    }

    @Test
    void aDistrictUserCannotListAnotherUnitsCooperativesOrEnterprises() throws Exception {
        String choLach = p.choLach().getId().toString();
        mvc.perform(get("/dashboard/cooperatives").param("unit", choLach).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/enterprises").param("unit", choLach).with(as("t-district")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsMustSignIn() throws Exception {
        for (String url : new String[] {
            "/dashboard",
            "/methodology",
            "/api/v1/dashboard",
            "/dashboard/chains",
            "/dashboard/cooperatives",
            "/dashboard/enterprises"
        }) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theProvinceDashboardCountsEveryChain() throws Exception {
        String benTre = p.benTre().getId().toString();
        mvc.perform(get("/api/v1/dashboard")
                        .param("date", "2026-06-15")
                        .param("unit", benTre)
                        .with(as("t-staff")))
                .andExpect(jsonPath("$.summary.chains").value(2))
                .andExpect(jsonPath("$.summary.criteria.COOPERATIVE.met").value(1))
                .andExpect(jsonPath("$.date").value("2026-06-15"));
        mvc.perform(get("/dashboard/chains")
                        .param("selection", "COOPERATIVE")
                        .param("met", "false")
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("Chuỗi bưởi Chợ Lách")))
                .andExpect(content().string(not(containsString("Chuỗi dừa Mỏ Cày Nam"))));
    }

    @Test
    void aDistrictUserSeesTheirUnitBesideTheProvince() throws Exception {
        mvc.perform(get("/api/v1/dashboard").with(as("t-district")))
                .andExpect(jsonPath("$.summary.chains").value(1))
                .andExpect(jsonPath("$.unitName").value("Huyện Mỏ Cày Nam"));
        mvc.perform(get("/dashboard").with(as("t-district")))
                .andExpect(content().string(containsString("Huyện Mỏ Cày Nam")))
                .andExpect(content().string(containsString("id=\"province-beside\"")));
        mvc.perform(get("/dashboard")
                        .param("unit", p.choLach().getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dashboard")
                        .param("unit", p.choLach().getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/chains/{id}/scorecard", pomelo.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
    }

    /** Only an administrator reads the API's description (issue 15). */
    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as("t-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/v3/api-docs").with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/dashboard'].get.summary")
                        .value("Chain completeness and contract coverage"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aScorecardOpenedDirectlyIsAWholePageAndAsAnHtmxRequestItsFragment() throws Exception {
        String page = mvc.perform(get("/chains/{id}/scorecard", coconut.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<html", "/css/app", "class=\"breadcrumb\"", "href=\"/chains/" + coconut.getId() + "\"")
                .contains("Mức độ hoàn thiện: Chuỗi dừa Mỏ Cày Nam");
        String fragment = mvc.perform(get("/chains/{id}/scorecard", coconut.getId())
                        .header("HX-Request", "true")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment.strip()).startsWith("<section").doesNotContain("<html", "breadcrumb");
    }

    @Test
    void theDashboardSaysWhichUnitItShowsAndLeadsBackToTheWholeReach() throws Exception {
        String moCayNam = p.moCayNam().getId().toString();
        mvc.perform(get("/dashboard").param("unit", moCayNam).with(as("t-staff")))
                .andExpect(content().string(containsString("Đang xem số liệu của: Huyện Mỏ Cày Nam")))
                .andExpect(content().string(containsString("Xem toàn tỉnh")));
        mvc.perform(get("/dashboard").with(as("t-staff")))
                .andExpect(content().string(not(containsString("id=\"unit-filter\""))));
        // a local official looking at a commune of their unit goes back to their whole unit
        mvc.perform(get("/dashboard")
                        .param("unit", p.dinhThuy().getId().toString())
                        .with(as("t-district")))
                .andExpect(content().string(containsString("Đang xem số liệu của: Xã Định Thủy")))
                .andExpect(content().string(containsString("Xem toàn bộ Huyện Mỏ Cày Nam")));
        mvc.perform(get("/dashboard").with(as("t-district")))
                .andExpect(content().string(not(containsString("id=\"unit-filter\""))));
    }

    @Test
    void anUnknownSelectionIsNotFound() throws Exception {
        mvc.perform(get("/dashboard/chains").param("selection", "drop table").with(as("t-staff")))
                .andExpect(status().isNotFound());
    }
}

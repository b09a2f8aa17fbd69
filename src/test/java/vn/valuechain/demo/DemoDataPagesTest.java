package vn.valuechain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * /admin/demo-data for each role, and what the loaded data looks like on the registry's pages. The users are made
 * here rather than with the shared test province, whose district codes are not Bến Tre's official ones.
 */
class DemoDataPagesTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @BeforeEach
    void setUp() {
        DemoDataTables.empty(jdbc);
        var province = data.unit(AdministrativeLevel.PROVINCE, "T-DEMO", "Tỉnh thử nghiệm dữ liệu mẫu", null);
        var unit = data.unit(AdministrativeLevel.DISTRICT, "T-DEMO-1", "Huyện thử nghiệm dữ liệu mẫu", province);
        data.user("t-admin", Role.ADMIN, null);
        data.user("t-staff", Role.STAFF, null);
        data.user("t-district", Role.DISTRICT, unit);
        data.user("t-viewer", Role.VIEWER, null);
    }

    @Test
    void anAdministratorSeesWhatWillBeLoaded() throws Exception {
        mvc.perform(get("/admin/demo-data").with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2835/KH-UBND")))
                .andExpect(content().string(containsString("Nạp dữ liệu mẫu")))
                .andExpect(content().string(containsString("Hợp tác xã cần thành lập mới")))
                .andExpect(content().string(not(containsString("id=\"demo-loaded\""))));
    }

    @Test
    void anAdministratorLoadsItOnceThenThePageSaysItIsLoaded() throws Exception {
        mvc.perform(post("/admin/demo-data").with(as("t-admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/demo-data"))
                .andExpect(flash().attribute("success", "demo.loaded"));
        mvc.perform(get("/admin/demo-data").with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"demo-loaded\"")))
                .andExpect(content().string(not(containsString("action=\"/admin/demo-data\""))));
        mvc.perform(post("/admin/demo-data").with(as("t-admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/demo-data"))
                .andExpect(flash().attribute("refusal", "demo.refused.loaded"));
    }

    @Test
    void theDashboardHasCoverageFiguresFromTheIllustrativePlannedOutputs() throws Exception {
        mvc.perform(post("/admin/demo-data").with(as("t-admin")).with(csrf()));
        em.flush();
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(get("/dashboard").param("date", "23/11/2026").with(as("t-admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        // 1,000 + 300 + 200 tấn under offtake contracts over 2,500 + 600 + 500 tấn planned for Dừa, Chôm chôm, Bưởi.
        assertThat(page).contains("41,7 %").contains("Tính trên 3 chuỗi có sản lượng kế hoạch");
    }

    @Test
    void loadedRecordsShowTheIllustrativeBadgeOnlyWhereTheyAreIllustrative() throws Exception {
        mvc.perform(post("/admin/demo-data").with(as("t-admin")).with(csrf()));
        em.flush();
        String badge = "Dữ liệu minh họa";

        mvc.perform(get("/enterprises").param("q", "minh họa").with(as("t-staff")))
                .andExpect(content().string(containsString("Công ty TNHH Chế biến Dừa Mẫu (minh họa)")))
                .andExpect(content().string(containsString(badge)));
        long contract = id("select id from linkage_contract where number = 'HĐLK-MH-01/2024'");
        mvc.perform(get("/contracts/" + contract).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(badge)));
        long certificate = id("select id from certification where number = 'VG-MH-0001'");
        mvc.perform(get("/certifications/" + certificate).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(badge)));

        long cooperative = id("select id from cooperative where name = 'HTX dừa Mỹ Hòa'");
        mvc.perform(get("/cooperatives/" + cooperative).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2835/KH-UBND")))
                .andExpect(content().string(not(containsString(badge))));
        long chain = id("select id from chain where name = 'Chuỗi giá trị Dừa'");
        mvc.perform(get("/chains/" + chain).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(badge))));
        long plan = id("select id from plan where document_number = '2835/KH-UBND'");
        mvc.perform(get("/plans/" + plan).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi Tôm biển")));
        mvc.perform(get("/dashboard").with(as("t-viewer"))).andExpect(status().isOk());
    }

    @Test
    void theAdminMenuLinksToThePage() throws Exception {
        mvc.perform(get("/").with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/demo-data\"")))
                // Tests run on a configured database, which is never offered the demo data.
                .andExpect(content().string(not(containsString("id=\"demo-data-offer\""))));
    }

    @Test
    void staffGets403() throws Exception {
        forbidden("t-staff");
    }

    @Test
    void aDistrictOfficialGets403() throws Exception {
        forbidden("t-district");
    }

    @Test
    void aViewerGets403() throws Exception {
        forbidden("t-viewer");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/demo-data"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/demo-data").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        org.assertj.core.api.Assertions.assertThat(
                        id("select count(*) from plan where document_number = '2835/KH-UBND'"))
                .isZero();
    }

    private void forbidden(String username) throws Exception {
        mvc.perform(get("/admin/demo-data").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/demo-data").with(as(username)).with(csrf())).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(
                        id("select count(*) from plan where document_number = '2835/KH-UBND'"))
                .isZero();
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

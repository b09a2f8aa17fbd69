package vn.valuechain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The enterprise pages for each role, their validation, search and filters (data rolled back after each test). */
class EnterpriseWebTest extends WebTest {

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    EnterpriseService service;

    @Autowired
    EnterpriseRepository repository;

    Province province;
    Enterprise moCay;
    Enterprise dinhThuy;
    Enterprise choLach;
    Enterprise saiGon;

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
        moCay = enterprise(
                "Công ty TNHH Dừa Mỏ Cày",
                "1300111111",
                province.moCayNam(),
                EnterpriseRole.BUYER,
                EnterpriseRole.PROCESSOR);
        dinhThuy =
                enterprise("Công ty Thạch dừa Định Thủy", "1300333333", province.dinhThuy(), EnterpriseRole.PROCESSOR);
        choLach = enterprise("Công ty CP Bưởi Chợ Lách", "1300222222", province.choLach(), EnterpriseRole.BUYER);
        saiGon = enterprise("Công ty Xuất khẩu Nông sản Sài Gòn", "0300444444", null, EnterpriseRole.EXPORTER);
        saiGon.setInProvince(false);
        em.flush();
    }

    Enterprise enterprise(String name, String taxCode, AdministrativeUnit unit, EnterpriseRole... roles) {
        Enterprise e = new Enterprise(name);
        e.setTaxCode(taxCode);
        e.setAdministrativeUnit(unit);
        e.getRoles().addAll(EnumSet.of(roles[0], roles));
        em.persist(e);
        return e;
    }

    static Stream<String> everyone() {
        return Stream.of("t-admin", "t-staff", "t-district", "t-viewer");
    }

    static Stream<Arguments> readersAndPages() {
        return everyone()
                .flatMap(user -> Stream.of(
                                "/enterprises",
                                "/enterprises?q=dua&sort=taxCode,desc",
                                "/enterprises/search?q=cong&field=enterpriseId",
                                "/enterprises/{moCay}")
                        .map(page -> Arguments.of(user, page)));
    }

    String url(String page) {
        return page.replace("{moCay}", moCay.getId().toString())
                .replace("{choLach}", choLach.getId().toString());
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("readersAndPages")
    void everyRoleReadsTheListsAndARecordOfTheirUnit(String user, String page) throws Exception {
        mvc.perform(get(url(page)).with(as(user))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void aRecordOfAnotherDistrictIsNotFoundForADistrictUser(String user) throws Exception {
        boolean district = user.equals("t-district");
        mvc.perform(get("/enterprises/{id}", choLach.getId()).with(as(user)))
                .andExpect(district ? status().isNotFound() : status().isOk());
        mvc.perform(get("/enterprises/{id}", saiGon.getId()).with(as(user)))
                .andExpect(district ? status().isNotFound() : status().isOk());
        mvc.perform(get("/enterprises/{id}/edit", choLach.getId()).with(as(user)))
                .andExpect(user.equals("t-viewer") || district ? status().isForbidden() : status().isOk());
        mvc.perform(get("/enterprises/{id}", 999_999).with(as(user))).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void onlyAdminAndStaffOpenTheForms(String user) throws Exception {
        boolean editor = user.equals("t-admin") || user.equals("t-staff");
        mvc.perform(get("/enterprises/new").with(as(user)))
                .andExpect(editor ? status().isOk() : status().isForbidden());
        mvc.perform(get("/enterprises/{id}/edit", moCay.getId()).with(as(user)))
                .andExpect(editor ? status().isOk() : status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t-district", "t-viewer"})
    void districtAndViewerUsersChangeNothing(String user) throws Exception {
        String id = moCay.getId().toString();
        for (String path : new String[] {"/enterprises/new", "/enterprises/" + id + "/edit"}) {
            mvc.perform(valid(path).with(as(user))).andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/enterprises/" + id + "/delete", "/enterprises/" + id + "/close"}) {
            mvc.perform(post(path).with(as(user)).with(csrf())).andExpect(status().isForbidden());
        }
        em.clear();
        Enterprise stored = repository.findById(moCay.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(EnterpriseStatus.ACTIVE);
        assertThat(stored.getName()).isEqualTo("Công ty TNHH Dừa Mỏ Cày");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t-admin", "t-staff"})
    void adminAndStaffCreateEditCloseAndDelete(String user) throws Exception {
        String location = mvc.perform(valid(
                                "/enterprises/new",
                                "taxCode",
                                "1300555555-001",
                                "unitId",
                                province.moCayNam().getId(),
                                "roles",
                                new String[] {"BUYER", "EXPORTER"})
                        .with(as(user)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/enterprises/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        em.flush();
        em.clear();
        Enterprise created = repository.findDetailedById(id).orElseThrow();
        assertThat(created.getName()).isEqualTo("Công ty TNHH Chế biến Dừa Bến Tre");
        assertThat(created.getTaxCode()).isEqualTo("1300555555-001");
        assertThat(created.getRoles()).containsExactlyInAnyOrder(EnterpriseRole.BUYER, EnterpriseRole.EXPORTER);
        assertThat(created.getAdministrativeUnit().getName()).isEqualTo("Huyện Mỏ Cày Nam");
        assertThat(created.getCreatedBy()).isEqualTo(user);

        mvc.perform(get(location).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Công ty TNHH Chế biến Dừa Bến Tre")))
                .andExpect(content().string(containsString("Xuất khẩu")))
                .andExpect(content().string(containsString("/certifications/panel?enterprise=" + id)))
                .andExpect(content().string(containsString("/chains/panel?enterprise=" + id)))
                .andExpect(content().string(containsString("/contracts/panel?enterprise=" + id)));

        mvc.perform(valid(
                                location + "/edit",
                                "version",
                                created.getVersion(),
                                "name",
                                "Công ty TNHH Dừa Xanh",
                                "inProvince",
                                "false",
                                "roles",
                                "PROCESSOR")
                        .with(as(user)))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        Enterprise edited = repository.findDetailedById(id).orElseThrow();
        assertThat(edited.getName()).isEqualTo("Công ty TNHH Dừa Xanh");
        assertThat(edited.isInProvince()).isFalse();
        assertThat(edited.getRoles()).containsExactly(EnterpriseRole.PROCESSOR);

        mvc.perform(post(location + "/close").with(as(user)).with(csrf())).andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(EnterpriseStatus.CLOSED);

        mvc.perform(post(location + "/delete").with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises"));
        assertThat(repository.findById(id)).isEmpty();
    }

    @Test
    void refusesABadTaxCodeWithTheMessageAtTheField() throws Exception {
        for (String bad : new String[] {"12345", "1300555555001", "1300555555-01", "13005555x5"}) {
            mvc.perform(valid("/enterprises/new", "taxCode", bad).with(as("t-staff")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Mã số thuế phải gồm 10 chữ số")))
                    .andExpect(content().string(containsString("is-invalid")));
        }
        assertThat(repository.findByTaxCode("12345")).isEmpty();
    }

    @Test
    void refusesADuplicateTaxCodeAndABlankName() throws Exception {
        long before = repository.count();
        mvc.perform(valid("/enterprises/new", "name", " ", "taxCode", "1300222222")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mã số thuế này đã thuộc về một doanh nghiệp khác.")))
                .andExpect(content().string(containsString("Không được để trống.")));
        assertThat(repository.count()).isEqualTo(before);

        // Its own tax code is not a duplicate when an enterprise is saved again.
        mvc.perform(valid(
                                "/enterprises/" + choLach.getId() + "/edit",
                                "version",
                                choLach.getVersion(),
                                "taxCode",
                                "1300222222")
                        .with(as("t-staff")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void searchIgnoresAccentsAndCaseAndFindsATaxCodeExactly() throws Exception {
        mvc.perform(get("/enterprises").param("q", "dua mo cay").with(as("t-staff")))
                .andExpect(content().string(containsString("Công ty TNHH Dừa Mỏ Cày")))
                .andExpect(content().string(not(containsString("Chợ Lách"))))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/enterprises").param("q", "1300222222").with(as("t-staff")))
                .andExpect(content().string(containsString("Công ty CP Bưởi Chợ Lách")))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/enterprises").param("q", "13002").with(as("t-staff")))
                .andExpect(content().string(containsString("Tổng số: 0")));
        mvc.perform(get("/enterprises/search")
                        .param("q", "CHO LACH")
                        .param("field", "enterpriseId")
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("picker-choice")))
                .andExpect(content().string(containsString("data-label=\"Công ty CP Bưởi Chợ Lách\"")))
                .andExpect(content().string(containsString("data-id=\"" + choLach.getId() + "\"")));
    }

    @Test
    void filtersByProvinceRoleStatusAndUnitWithItsSubtree() throws Exception {
        choLach.setStatus(EnterpriseStatus.CLOSED);
        em.flush();
        mvc.perform(get("/enterprises").param("inProvince", "false").with(as("t-staff")))
                .andExpect(content().string(containsString("Sài Gòn")))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/enterprises").param("role", "PROCESSOR").with(as("t-staff")))
                .andExpect(content().string(containsString("Dừa Mỏ Cày")))
                .andExpect(content().string(containsString("Thạch dừa Định Thủy")))
                .andExpect(content().string(containsString("Tổng số: 2")));
        mvc.perform(get("/enterprises").param("status", "CLOSED").with(as("t-staff")))
                .andExpect(content().string(containsString("Chợ Lách")))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/enterprises")
                        .param("unitId", province.moCayNam().getId().toString())
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("Dừa Mỏ Cày")))
                .andExpect(content().string(containsString("Thạch dừa Định Thủy")))
                .andExpect(content().string(containsString("Tổng số: 2")));
    }

    @Test
    void aDistrictUserListsAndPicksOnlyTheEnterprisesOfTheirUnit() throws Exception {
        mvc.perform(get("/enterprises").with(as("t-district")))
                .andExpect(content().string(containsString("Dừa Mỏ Cày")))
                .andExpect(content().string(containsString("Thạch dừa Định Thủy")))
                .andExpect(content().string(not(containsString("Chợ Lách"))))
                .andExpect(content().string(not(containsString("Sài Gòn"))))
                .andExpect(content().string(containsString("Tổng số: 2")));
        mvc.perform(get("/enterprises/search")
                        .param("q", "cong ty")
                        .param("field", "x")
                        .with(as("t-district")))
                .andExpect(content().string(not(containsString("Chợ Lách"))));
        mvc.perform(get("/enterprises").with(as("t-viewer")))
                .andExpect(content().string(containsString("Tổng số: 4")));
    }

    @Test
    void anUnknownSortFallsBackToTheName() throws Exception {
        mvc.perform(get("/enterprises")
                        .param("sort", "administrativeUnit.code;drop")
                        .with(as("t-staff")))
                .andExpect(status().isOk());
        var page = service.list(
                new EnterpriseFilter(null, null, null, null, null, null),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("taxCode"))),
                null);
        assertThat(page.getContent()).extracting(EnterpriseRow::taxCode).first().isEqualTo("1300333333");
        assertThat(page.getContent().stream().filter(r -> r.id().equals(moCay.getId())))
                .singleElement()
                .satisfies(r -> assertThat(r.roles()).containsExactly(EnterpriseRole.BUYER, EnterpriseRole.PROCESSOR));
    }

    @Test
    void theListIsOneSelectAndOneCountWhateverTheNumberOfRows() throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            em.clear();
            statistics.clear();
            var page = service.list(
                    new EnterpriseFilter("cong ty", true, null, null, null, null),
                    PageRequest.of(0, 2, Sort.by("name")),
                    null);
            assertThat(page.getTotalElements()).isEqualTo(3);
            assertThat(page.getContent()).hasSize(2);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

            var staff = as("t-staff"); // loads the user: not part of the page
            statistics.clear();
            mvc.perform(get("/enterprises").param("size", "2").with(staff)).andExpect(status().isOk());
            // the list's select and count, and the layout's unread-notifications badge
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** A complete, valid form posted to the path; pairs of name and value replace its fields. */
    static MockHttpServletRequestBuilder valid(String path, Object... overrides) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("version", new String[] {"0"});
        fields.put("name", new String[] {"Công ty TNHH Chế biến Dừa Bến Tre"});
        fields.put("inProvince", new String[] {"true"});
        fields.put("status", new String[] {"ACTIVE"});
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            Object value = overrides[i + 1];
            fields.put((String) overrides[i], value instanceof String[] a ? a : new String[] {String.valueOf(value)});
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}

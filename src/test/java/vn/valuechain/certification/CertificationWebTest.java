package vn.valuechain.certification;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The certification pages and panels for each role, their validation and filters (rolled back after each test). */
class CertificationWebTest extends WebTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String HOUSEHOLDS = "Các hộ trồng dừa xã Minh Đức";

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    CertificationService service;

    @Autowired
    CertificationRepository repository;

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    Province province;
    Product coconut;
    Cooperative coopMoCay;
    Cooperative coopChoLach;
    Enterprise entDinhThuy;
    Chain chain;
    Certification vietGapMoCay; // expiring in 30 days
    Certification ocopDinhThuy; // valid for more than a year
    Certification globalGapChoLach; // expired
    Certification organicHouseholds; // revoked
    Certification foodSafetyMoCay; // suspended

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
        coconut = em.createQuery("select p from Product p where p.name = 'Dừa'", Product.class)
                .getSingleResult();
        coopMoCay = cooperative("HTX Dừa Mỏ Cày Nam", province.moCayNam());
        coopChoLach = cooperative("HTX Bưởi Chợ Lách", province.choLach());
        entDinhThuy = new Enterprise("Công ty Thạch dừa Định Thủy");
        entDinhThuy.setAdministrativeUnit(province.dinhThuy());
        em.persist(entDinhThuy);

        vietGapMoCay =
                certificate(CertificationType.VIETGAP, Party.ofCooperative(coopMoCay), "VG-001", today.plusDays(30));
        ocopDinhThuy =
                certificate(CertificationType.OCOP, Party.ofEnterprise(entDinhThuy), "OCOP-17", today.plusDays(400));
        globalGapChoLach =
                certificate(CertificationType.GLOBALGAP, Party.ofCooperative(coopChoLach), "GG-9", today.minusDays(10));
        organicHouseholds = certificate(CertificationType.ORGANIC, Party.ofHouseholds(HOUSEHOLDS), "HC-3", null);
        organicHouseholds.setStatus(CertificationStatus.REVOKED);
        foodSafetyMoCay = certificate(
                CertificationType.FOOD_SAFETY, Party.ofCooperative(coopMoCay), "ATTP-5", today.plusDays(200));
        foodSafetyMoCay.setStatus(CertificationStatus.SUSPENDED);

        chain = new Chain("Chuỗi dừa Mỏ Cày Nam", coconut);
        // Runs in the district user's unit: its page, and so its panels, are within their reach.
        chain.getUnits().add(province.moCayNam());
        chain.addParticipant(Party.ofCooperative(coopMoCay), ParticipantRole.PRODUCER);
        chain.addParticipant(Party.ofHouseholds(HOUSEHOLDS), ParticipantRole.PRODUCER);
        em.persist(chain);
        em.flush();
    }

    Cooperative cooperative(String name, AdministrativeUnit unit) {
        Cooperative c = new Cooperative(CooperativeType.HTX, name, CooperativeStatus.EXISTING);
        c.setAdministrativeUnit(unit);
        em.persist(c);
        return c;
    }

    Certification certificate(CertificationType type, Party holder, String number, LocalDate validTo) {
        Certification c = new Certification(type, holder);
        c.setNumber(number);
        c.setProduct(coconut);
        c.setValidFrom(today.minusYears(2));
        c.setValidTo(validTo);
        c.setOcopStars(type == CertificationType.OCOP ? 4 : null); // inserted at once: the database checks it
        em.persist(c);
        return c;
    }

    static Stream<String> everyone() {
        return Stream.of("t-admin", "t-staff", "t-district", "t-viewer");
    }

    static Stream<Arguments> readersAndPages() {
        return everyone()
                .flatMap(user -> Stream.of(
                                "/certifications",
                                "/certifications?expiring=true&sort=validTo,desc",
                                "/certifications?validOn=01/07/2025&type=VIETGAP",
                                "/certifications/{vietGap}",
                                "/certifications/panel?cooperative={coopMoCay}",
                                "/certifications/panel?enterprise={entDinhThuy}",
                                "/certifications/panel?chain={chain}")
                        .map(page -> Arguments.of(user, page)));
    }

    String url(String page) {
        return page.replace("{vietGap}", vietGapMoCay.getId().toString())
                .replace("{coopMoCay}", coopMoCay.getId().toString())
                .replace("{entDinhThuy}", entDinhThuy.getId().toString())
                .replace("{chain}", chain.getId().toString());
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("readersAndPages")
    void everyRoleReadsTheListPanelsAndARecordOfTheirUnit(String user, String page) throws Exception {
        mvc.perform(get(url(page)).with(as(user))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void aCertificateOutsideADistrictUsersUnitIsNotFoundForThem(String user) throws Exception {
        boolean district = user.equals("t-district");
        for (Certification c : new Certification[] {globalGapChoLach, organicHouseholds}) {
            mvc.perform(get("/certifications/{id}", c.getId()).with(as(user)))
                    .andExpect(district ? status().isNotFound() : status().isOk());
        }
        mvc.perform(get("/certifications/{id}/edit", globalGapChoLach.getId()).with(as(user)))
                .andExpect(user.equals("t-viewer") || district ? status().isForbidden() : status().isOk());
        mvc.perform(get("/certifications/panel")
                        .param("cooperative", coopChoLach.getId().toString())
                        .with(as(user)))
                .andExpect(district ? status().isNotFound() : status().isOk());
        // The contracts panel of the same record page answers alike (issue 15), and a chain that is not there, 404.
        mvc.perform(get("/contracts/panel")
                        .param("cooperative", coopChoLach.getId().toString())
                        .with(as(user)))
                .andExpect(district ? status().isNotFound() : status().isOk());
        mvc.perform(get("/certifications/panel").param("chain", "999999").with(as(user)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/panel").param("chain", "999999").with(as(user)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certifications/{id}", 999_999).with(as(user))).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyone")
    void onlyAdminAndStaffOpenTheForms(String user) throws Exception {
        boolean editor = user.equals("t-admin") || user.equals("t-staff");
        mvc.perform(get("/certifications/new").with(as(user)))
                .andExpect(editor ? status().isOk() : status().isForbidden());
        mvc.perform(get("/certifications/{id}/edit", vietGapMoCay.getId()).with(as(user)))
                .andExpect(editor ? status().isOk() : status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t-district", "t-viewer"})
    void districtAndViewerUsersChangeNothing(String user) throws Exception {
        String id = vietGapMoCay.getId().toString();
        for (String path : new String[] {"/certifications/new", "/certifications/" + id + "/edit"}) {
            mvc.perform(valid(path).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/certifications/{id}/delete", id).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(repository.findById(vietGapMoCay.getId())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t-admin", "t-staff"})
    void adminAndStaffCreateEditAndDelete(String user) throws Exception {
        String location = mvc.perform(valid("/certifications/new").with(as(user)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/certifications/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        em.flush();
        em.clear();
        Certification created = repository.findDetailedById(id).orElseThrow();
        assertThat(created.getType()).isEqualTo(CertificationType.VIETGAP);
        assertThat(created.getOcopStars()).isNull();
        assertThat(created.getHolder().getCooperative().getId()).isEqualTo(coopMoCay.getId());
        assertThat(created.getValidTo()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(created.getAreaHa()).isEqualByComparingTo("12.5");

        mvc.perform(get(location).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("HTX Dừa Mỏ Cày Nam")))
                .andExpect(content().string(containsString("30/06/2027")));

        mvc.perform(valid(
                                location + "/edit",
                                "version",
                                created.getVersion(),
                                "type",
                                "OCOP",
                                "ocopStars",
                                "5",
                                "holderKind",
                                "ENTERPRISE",
                                "enterpriseId",
                                entDinhThuy.getId())
                        .with(as(user)))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        Certification edited = repository.findDetailedById(id).orElseThrow();
        assertThat(edited.getType()).isEqualTo(CertificationType.OCOP);
        assertThat(edited.getOcopStars()).isEqualTo(5);
        assertThat(edited.getHolder().getEnterprise().getId()).isEqualTo(entDinhThuy.getId());
        assertThat(edited.getHolder().getCooperative()).isNull();

        mvc.perform(post(location + "/delete").with(as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/certifications"));
        em.flush();
        assertThat(repository.findById(id)).isEmpty();
    }

    @Test
    void ocopStarsAreRequiredForOcopOnlyAndBetweenThreeAndFive() throws Exception {
        expectFieldError(valid("/certifications/new", "type", "OCOP"), "Chứng nhận OCOP phải có số sao (từ 3 đến 5).");
        expectFieldError(
                valid("/certifications/new", "type", "OCOP", "ocopStars", "6"),
                "Sản phẩm OCOP được xếp hạng từ 3 đến 5 sao.");
        expectFieldError(
                valid("/certifications/new", "type", "OCOP", "ocopStars", "2"),
                "Sản phẩm OCOP được xếp hạng từ 3 đến 5 sao.");
        expectFieldError(
                valid("/certifications/new", "type", "VIETGAP", "ocopStars", "4"),
                "Chỉ chứng nhận OCOP mới có số sao.");
    }

    @Test
    void datesHoldersAndAreasAreChecked() throws Exception {
        expectFieldError(
                valid("/certifications/new", "validFrom", "01/07/2026", "validTo", "30/06/2026"),
                "Ngày kết thúc không được trước ngày bắt đầu.");
        expectFieldError(valid("/certifications/new", "validTo", "31/02/2026"), "Ngày không hợp lệ");
        expectFieldError(valid("/certifications/new", "areaHa", "-1"), "Không được nhỏ hơn 0.");
        expectFieldError(valid("/certifications/new", "cooperativeId", ""), "Hãy chọn hợp tác xã được cấp chứng nhận.");
        expectFieldError(
                valid("/certifications/new", "holderKind", "ENTERPRISE"), "Hãy chọn doanh nghiệp được cấp chứng nhận.");
        expectFieldError(valid("/certifications/new", "holderKind", "HOUSEHOLDS"), "Không được để trống.");
        // A holder that does not exist is not found, as one typed into the URL would be.
        mvc.perform(valid("/certifications/new", "cooperativeId", 999_999).with(as("t-staff")))
                .andExpect(status().isNotFound());
    }

    void expectFieldError(MockHttpServletRequestBuilder request, String message) throws Exception {
        long before = repository.count();
        mvc.perform(request.with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString(message)));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void theListShowsWhetherEachCertificateHoldsToday() throws Exception {
        ResultActions page = mvc.perform(get("/certifications").with(as("t-staff")));
        page.andExpect(content().string(containsString("Tổng số: 5")));
        for (String state : new String[] {"Sắp hết hạn", "Còn hiệu lực", "Hết hạn", "Đã thu hồi", "Tạm đình chỉ"}) {
            page.andExpect(content().string(containsString(state)));
        }
        page.andExpect(content().string(containsString("OCOP</span><span> 4 sao</span>")));
    }

    @Test
    void filtersByTypeStatusProductUnitExpiryAndValidityOnADate() throws Exception {
        expectOnly("type=OCOP", ocopDinhThuy);
        expectOnly("status=REVOKED", organicHouseholds);
        expectOnly("expiring=true", vietGapMoCay);
        expectOnly("validOn=" + today.format(DMY), vietGapMoCay, ocopDinhThuy);
        expectOnly("validOn=" + today.minusDays(20).format(DMY), vietGapMoCay, ocopDinhThuy, globalGapChoLach);
        expectOnly("unitId=" + province.moCayNam().getId(), vietGapMoCay, ocopDinhThuy, foodSafetyMoCay);
        expectOnly("q=dua mo cay", vietGapMoCay, foodSafetyMoCay);
        expectOnly("q=minh duc", organicHouseholds);
        expectOnly("q=gg-9", globalGapChoLach);
        // any part of the number, as contracts are searched
        expectOnly("q=VG-0", vietGapMoCay);
        expectOnly("q=ocop", ocopDinhThuy);
        expectOnly("q=17", ocopDinhThuy);
        // a window of days, as the home page links it
        expectOnly("expiring=60", vietGapMoCay);
        expectOnly("expiring=29");
        expectOnly("expiring=30", vietGapMoCay);
        expectOnly("productId=" + coconut.getId() + "&type=GLOBALGAP", globalGapChoLach);
    }

    void expectOnly(String query, Certification... expected) {
        var filter = mvcFilter(query);
        var rows = service.list(filter, PageRequest.of(0, 50), null).getContent();
        assertThat(rows)
                .as(query)
                .extracting(CertificationRow::id)
                .containsExactlyInAnyOrder(
                        Stream.of(expected).map(Certification::getId).toArray(Long[]::new));
    }

    /** The filter as the list page binds it from the query string. */
    CertificationFilter mvcFilter(String query) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            p.put(kv[0], kv[1]);
        }
        return new CertificationFilter(
                p.get("q"),
                p.containsKey("type") ? CertificationType.valueOf(p.get("type")) : null,
                p.containsKey("productId") ? Long.valueOf(p.get("productId")) : null,
                p.containsKey("status") ? CertificationStatus.valueOf(p.get("status")) : null,
                p.containsKey("unitId") ? Long.valueOf(p.get("unitId")) : null,
                null,
                p.get("expiring"),
                p.get("validOn"),
                null,
                null,
                null);
    }

    @Test
    void theListPageBindsTheFiltersFromTheQueryString() throws Exception {
        mvc.perform(get("/certifications")
                        .param("expiring", "true")
                        .param("q", "dua mo cay")
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("VG-001")))
                .andExpect(content().string(not(containsString("ATTP-5"))))
                .andExpect(content().string(containsString("Tổng số: 1")));
        mvc.perform(get("/certifications").param("validOn", today.format(DMY)).with(as("t-staff")))
                .andExpect(content().string(containsString("Tổng số: 2")))
                .andExpect(content().string(containsString("value=\"" + today.format(DMY) + "\"")));
        // A mistyped date is shown back with the message, and the list is not narrowed by it.
        mvc.perform(get("/certifications").param("validOn", "31/02/2026").with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"31/02/2026\"")))
                .andExpect(content().string(containsString("Ngày không hợp lệ")))
                .andExpect(content().string(containsString("Tổng số: 5")));
    }

    @Test
    void aDistrictUserListsOnlyCertificatesHeldInTheirUnit() throws Exception {
        mvc.perform(get("/certifications").with(as("t-district")))
                .andExpect(content().string(containsString("VG-001")))
                .andExpect(content().string(containsString("OCOP-17")))
                .andExpect(content().string(containsString("ATTP-5")))
                .andExpect(content().string(not(containsString("GG-9"))))
                .andExpect(content().string(not(containsString("HC-3"))))
                .andExpect(content().string(containsString("Tổng số: 3")));
    }

    @Test
    void theChainPanelShowsTheCertificatesOfItsParticipantsWithinReach() throws Exception {
        mvc.perform(get("/certifications/panel")
                        .param("chain", chain.getId().toString())
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("VG-001")))
                .andExpect(content().string(containsString("ATTP-5")))
                .andExpect(content().string(containsString("HC-3")))
                .andExpect(content().string(containsString(HOUSEHOLDS)))
                .andExpect(content().string(not(containsString("OCOP-17"))))
                .andExpect(content().string(not(containsString("GG-9"))));
        mvc.perform(get("/certifications/panel")
                        .param("chain", chain.getId().toString())
                        .with(as("t-district")))
                .andExpect(content().string(containsString("VG-001")))
                .andExpect(content().string(not(containsString("HC-3"))));
        mvc.perform(get("/certifications/panel")
                        .param("cooperative", coopMoCay.getId().toString())
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("VG-001")))
                .andExpect(content().string(containsString("ATTP-5")))
                .andExpect(content().string(containsString("Sắp hết hạn")))
                .andExpect(content().string(containsString("/certifications/" + vietGapMoCay.getId())))
                .andExpect(content().string(not(containsString("OCOP-17"))));
        mvc.perform(get("/certifications/panel").with(as("t-staff"))).andExpect(status().isBadRequest());
    }

    @Test
    void theListIsOneSelectAndOneCountWhateverTheNumberOfRows() throws Exception {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            em.clear();
            statistics.clear();
            var page = service.list(CertificationFilter.none(), PageRequest.of(0, 3, Sort.by("validTo")), null);
            assertThat(page.getTotalElements()).isEqualTo(5);
            assertThat(page.getContent()).hasSize(3);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

            var staff = as("t-staff"); // loads the user: not part of the page
            statistics.clear();
            mvc.perform(get("/certifications").param("size", "3").with(staff)).andExpect(status().isOk());
            // The list and its count, and the product options of the filter form.
            // + the layout's unread-notifications badge
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(4);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** A complete, valid form posted to the path; pairs of name and value replace its fields. */
    MockHttpServletRequestBuilder valid(String path, Object... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", "0");
        fields.put("type", "VIETGAP");
        fields.put("holderKind", "COOPERATIVE");
        fields.put("cooperativeId", coopMoCay.getId().toString());
        fields.put("productId", coconut.getId().toString());
        fields.put("areaHa", "12.5");
        fields.put("number", "VG-2026-001");
        fields.put("issuedBy", "Trung tâm Chứng nhận Phù hợp Quacert");
        fields.put("validFrom", "01/07/2025");
        fields.put("validTo", "30/06/2027");
        fields.put("status", "VALID");
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            fields.put((String) overrides[i], String.valueOf(overrides[i + 1]));
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}

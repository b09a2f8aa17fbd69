package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeFilter;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.dashboard.GroupRow;
import vn.valuechain.dashboard.IndicatorFilter;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * Vĩnh Long set up from the official lists, with records registered in Bến Tre's and old Vĩnh Long's units of before
 * 01/07/2025 and in today's communes. Xã Đồng Khởi (28945) is made of Định Thủy, Phước Hiệp and Bình Khánh of Mỏ Cày
 * Nam, whole; Phú Phụng (28873) went into today's Xã Phú Phụng (28879); old Phường Cái Vồn (29770, Bình Minh) was split
 * between today's Phường Cái Vồn and Phường Bình Minh (crosswalk-2025.csv).
 */
class TodaysUnitsTest extends WebTest {

    @Autowired
    DeploymentService deployment;

    @Autowired
    RegistryData registry;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CooperativeService cooperatives;

    @Autowired
    EntityManager em;

    AdministrativeUnit dongKhoi;
    Cooperative dinhThuy;
    Cooperative inDongKhoi;
    Cooperative phuPhung;
    Cooperative moCayNam;
    Cooperative caiVon;

    @BeforeEach
    void vinhLongWithRecordsOfBothTimes() {
        deployment.setUp("86", "test");
        dongKhoi = unit(AdministrativeLevel.COMMUNE, "28945", true);
        dinhThuy = registry.cooperative("HTX Định Thủy (2018)", unit(AdministrativeLevel.COMMUNE, "28930", false));
        inDongKhoi = registry.cooperative("HTX Đồng Khởi (2026)", dongKhoi);
        phuPhung = registry.cooperative("HTX Phú Phụng (2018)", unit(AdministrativeLevel.COMMUNE, "28873", false));
        moCayNam =
                registry.cooperative("HTX huyện Mỏ Cày Nam (2018)", unit(AdministrativeLevel.DISTRICT, "833", false));
        caiVon = registry.cooperative("HTX Cái Vồn (2018)", unit(AdministrativeLevel.COMMUNE, "29770", false));
        data.user("t-admin", Role.ADMIN, null);
        data.user("t-staff", Role.STAFF, null);
        data.user("t-viewer", Role.VIEWER, null);
        data.user("t-dongkhoi", Role.DISTRICT, dongKhoi);
        data.user("t-mocaynam", Role.DISTRICT, unit(AdministrativeLevel.DISTRICT, "833", false));
        data.user("t-binhminh", Role.DISTRICT, unit(AdministrativeLevel.COMMUNE, "29771", true));
        em.flush();
    }

    /**
     * A cooperative of an old commune is found by the name of today's commune it went into, as by its own; a few
     * matches (listed by their ids) and more than {@link SearchPattern#FEW} (the list's own query) alike.
     */
    @Test
    void aSearchByTodaysCommuneFindsTheCooperativesOfTheOldCommunesInIt() throws Exception {
        for (String user : List.of("t-staff", "t-dongkhoi")) {
            assertThat(search(user, "dong khoi"))
                    .contains("HTX Định Thủy (2018)", "HTX Đồng Khởi (2026)")
                    .doesNotContain("HTX Phú Phụng (2018)", "HTX huyện Mỏ Cày Nam (2018)", "HTX Cái Vồn (2018)");
        }
        assertThat(search("t-staff", "dinh thuy"))
                .contains("HTX Định Thủy (2018)")
                .doesNotContain("HTX Đồng Khởi (2026)");
        int many = SearchPattern.FEW + 5;
        for (int i = 0; i < many; i++) {
            registry.cooperative("HTX nhiều " + i, dinhThuy.getAdministrativeUnit());
        }
        em.flush();
        assertThat(cooperatives
                        .list(
                                new CooperativeFilter("Đồng Khởi", null, null, null, null, null),
                                PageRequest.of(0, 20),
                                null)
                        .getTotalElements())
                .isEqualTo(many + 2);
    }

    @Test
    void aCommuneOfficialSeesTheOldCommunesThatWentIntoTheirsAndNothingElse() throws Exception {
        assertVisible("t-dongkhoi", dinhThuy, inDongKhoi);
        assertHidden("t-dongkhoi", phuPhung, moCayNam, caiVon);
        String list = page("t-dongkhoi", "/cooperatives");
        assertThat(list).contains("HTX Định Thủy (2018)", "HTX Đồng Khởi (2026)", "nay: Xã Đồng Khởi");
        assertThat(list).doesNotContain("HTX Phú Phụng (2018)", "HTX huyện Mỏ Cày Nam (2018)", "HTX Cái Vồn (2018)");
        // The old Phường Cái Vồn went in part into today's Bình Minh: its official sees it, and the list says "in
        // part".
        assertVisible("t-binhminh", caiVon);
        assertHidden("t-binhminh", dinhThuy, inDongKhoi, phuPhung, moCayNam);
        assertThat(page("t-binhminh", "/cooperatives"))
                .contains("nay: một phần thuộc Phường Bình Minh, Phường Cái Vồn");
    }

    @Test
    void chainsAndEnterprisesFollowTheSameRuleForEachRole() throws Exception {
        long dinhThuyChain = registry.chain("Chuỗi Định Thủy (2018)", "Dừa", dinhThuy.getAdministrativeUnit())
                .getId();
        long phuPhungChain = registry.chain("Chuỗi Phú Phụng (2018)", "Dừa", phuPhung.getAdministrativeUnit())
                .getId();
        long dongKhoiEnterprise = enterprise("Công ty Đồng Khởi (2026)", dongKhoi);
        long dinhThuyEnterprise =
                enterprise("Công ty Định Thủy (2018)", unit(AdministrativeLevel.COMMUNE, "28930", false));
        long caiVonEnterprise = enterprise("Công ty Cái Vồn (2018)", unit(AdministrativeLevel.COMMUNE, "29770", false));
        em.flush();

        expect(
                "t-dongkhoi",
                200,
                "/chains/" + dinhThuyChain,
                "/enterprises/" + dongKhoiEnterprise,
                "/enterprises/" + dinhThuyEnterprise);
        expect("t-dongkhoi", 404, "/chains/" + phuPhungChain, "/enterprises/" + caiVonEnterprise);
        expect("t-binhminh", 200, "/enterprises/" + caiVonEnterprise);
        expect(
                "t-binhminh",
                404,
                "/chains/" + dinhThuyChain,
                "/chains/" + phuPhungChain,
                "/enterprises/" + dongKhoiEnterprise,
                "/enterprises/" + dinhThuyEnterprise);
        assertThat(page("t-dongkhoi", "/chains"))
                .contains("Chuỗi Định Thủy (2018)")
                .doesNotContain("Chuỗi Phú Phụng (2018)");
        assertThat(page("t-dongkhoi", "/enterprises"))
                .contains("Công ty Đồng Khởi (2026)", "Công ty Định Thủy (2018)")
                .doesNotContain("Công ty Cái Vồn (2018)");
        for (String user : List.of("t-admin", "t-staff", "t-viewer")) {
            expect(
                    user,
                    200,
                    "/chains/" + dinhThuyChain,
                    "/chains/" + phuPhungChain,
                    "/enterprises/" + dongKhoiEnterprise,
                    "/enterprises/" + caiVonEnterprise);
        }
    }

    @Test
    void anOldDistrictsOfficialSeesItsCommunesAndTheCommunesOfTodayMadeOfThem() throws Exception {
        assertVisible("t-mocaynam", dinhThuy, inDongKhoi, moCayNam);
        assertHidden("t-mocaynam", phuPhung, caiVon);
    }

    @Test
    void provinceRolesSeeEverything() throws Exception {
        for (String user : List.of("t-admin", "t-staff", "t-viewer")) {
            assertVisible(user, dinhThuy, inDongKhoi, phuPhung, moCayNam, caiVon);
        }
    }

    @Test
    void theDashboardGroupsByTodaysCommunesAndOnA2019DateByThe2019Districts() throws Exception {
        registry.chain("Chuỗi Định Thủy", "Dừa", dinhThuy.getAdministrativeUnit());
        registry.chain("Chuỗi Phú Phụng", "Dừa", phuPhung.getAdministrativeUnit());
        registry.chain("Chuỗi huyện Chợ Lách", "Dừa", unit(AdministrativeLevel.DISTRICT, "832", false));
        registry.chain("Chuỗi Cái Vồn", "Dừa", caiVon.getAdministrativeUnit());
        em.flush();
        UnitScope vinhLong = UnitScope.of(ids(unit(AdministrativeLevel.PROVINCE, "86", true)));

        assertThat(labels(indicators.byUnit(new IndicatorFilter(LocalDate.of(2026, 12, 1), vinhLong, null, null))))
                .containsExactlyInAnyOrder(
                        "Huyện Chợ Lách 1 former",
                        "Phường Bình Minh 1 part",
                        "Phường Cái Vồn 1 part",
                        "Xã Đồng Khởi 1",
                        "Xã Phú Phụng 1");
        assertThat(labels(indicators.byUnit(new IndicatorFilter(LocalDate.of(2019, 6, 30), vinhLong, null, null))))
                .containsExactlyInAnyOrder("Huyện Chợ Lách 2", "Huyện Mỏ Cày Nam 1", "Thị xã Bình Minh 1");

        // A chain of Định Thủy and Phú Phụng shows on Đồng Khởi's dashboard under both communes: the official's own
        // links to its figures, the other is named without a link (its figures are a 404 for them).
        var twoCommunes = registry.chain("Chuỗi hai xã", "Dừa", dinhThuy.getAdministrativeUnit());
        twoCommunes.getUnits().add(phuPhung.getAdministrativeUnit());
        em.flush();
        String dashboard = page("t-dongkhoi", "/dashboard");
        long phuPhungToday = unit(AdministrativeLevel.COMMUNE, "28879", true).getId();
        assertThat(dashboard).contains("Xã Phú Phụng").doesNotContain("unit=" + phuPhungToday + "&");
        mvc.perform(get("/dashboard")
                        .param("unit", String.valueOf(phuPhungToday))
                        .with(as("t-dongkhoi")))
                .andExpect(status().isNotFound());
    }

    private List<Long> ids(AdministrativeUnit unit) {
        return jdbc.sql("select unit_id from unit_map where target_id = :id")
                .param("id", unit.getId())
                .query(Long.class)
                .list();
    }

    private static List<String> labels(List<GroupRow> rows) {
        return rows.stream()
                .map(r -> r.name() + " " + r.chains() + (r.partial() ? " part" : "") + (r.former() ? " former" : ""))
                .toList();
    }

    private long enterprise(String name, AdministrativeUnit unit) {
        Enterprise e = new Enterprise(name);
        e.setAdministrativeUnit(unit);
        em.persist(e);
        return e.getId();
    }

    private void expect(String user, int status, String... urls) throws Exception {
        for (String url : urls) {
            mvc.perform(get(url).with(as(user))).andExpect(status().is(status));
        }
    }

    private void assertVisible(String user, Cooperative... cooperatives) throws Exception {
        for (Cooperative c : cooperatives) {
            mvc.perform(get("/cooperatives/" + c.getId()).with(as(user))).andExpect(status().isOk());
        }
    }

    private void assertHidden(String user, Cooperative... cooperatives) throws Exception {
        for (Cooperative c : cooperatives) {
            mvc.perform(get("/cooperatives/" + c.getId()).with(as(user))).andExpect(status().isNotFound());
        }
    }

    private String search(String user, String q) throws Exception {
        return page(user, get("/cooperatives").param("q", q));
    }

    private String page(String user, String url) throws Exception {
        return page(user, get(url));
    }

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The official unit of that level and code, of today or of the list in force until 30/06/2025. */
    private AdministrativeUnit unit(AdministrativeLevel level, String code, boolean today) {
        long id = jdbc.sql("""
                        select id from administrative_unit
                        where official and level = :level and code = :code and (valid_to is null) = :today""")
                .param("level", level.name())
                .param("code", code)
                .param("today", today)
                .query(Long.class)
                .single();
        return em.find(AdministrativeUnit.class, id);
    }
}

package vn.valuechain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.dashboard.GroupRow;
import vn.valuechain.dashboard.IndicatorFilter;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.support.Exported;
import vn.valuechain.support.WebTest;

/**
 * The demo as a new user meets it: Vĩnh Long of today with its communes and wards, Bến Tre's plan 2835/KH-UBND of 2018
 * counted under today's communes, and the same dashboard on a 2019 date grouped by Bến Tre's districts of then.
 * Expected groups worked out by hand from the demo's chains.tsv (the units of each chain, 2018 codes) and
 * crosswalk-2025.csv / units-before-2025.csv.
 */
class DemoOnTodaysMapTest extends WebTest {

    static final LocalDate IN_2026 = LocalDate.of(2026, 12, 1);
    static final LocalDate IN_2019 = LocalDate.of(2019, 6, 30);

    @Autowired
    DemoDataService demoData;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    long plan2018;

    @BeforeEach
    void demo() {
        DemoDataTables.empty(jdbc);
        plan2018 = demoData.load();
        em.flush();
        data.user("t-admin", vn.valuechain.user.Role.ADMIN, null);
    }

    @Test
    void vinhLongHasTheCommunesAndWardsOfTheShippedOfficialList() throws Exception {
        long shipped = communesOfTodayInShippedList("86");
        // units-2025.csv: 124 lines "commune,…,86,…" (105 xã, 19 phường)
        assertThat(shipped).isEqualTo(124);
        assertThat(jdbc.sql("""
                        select count(*) from administrative_unit c join administrative_unit p on p.id = c.parent_id
                        where p.level = 'PROVINCE' and p.code = '86' and p.valid_to is null
                          and c.level = 'COMMUNE' and c.valid_to is null""").query(Long.class).single()).isEqualTo(shipped);
        // And no commune of today of another province.
        assertThat(jdbc.sql("""
                        select count(*) from administrative_unit where official and level = 'COMMUNE' and valid_to is null""").query(Long.class).single()).isEqualTo(shipped);
    }

    @Test
    void the2018PlanCountsUnderTodaysCommunes() {
        List<String> dua = labels(indicators.byUnit(filter(IN_2026, "Dừa")));
        // Mỹ Hòa → Mỹ Chánh Hòa, Châu Bình → Châu Hòa, Định Thủy → Đồng Khởi, Phú Khánh and Thới Thạnh → Đại Điền,
        // Thanh Tân → Phường Bến Tre, Lộc Thuận → Lộc Thuận: all whole.
        assertThat(dua)
                .containsExactlyInAnyOrder(
                        "Phường Bến Tre 1",
                        "Xã Châu Hòa 1",
                        "Xã Đại Điền 1",
                        "Xã Đồng Khởi 1",
                        "Xã Lộc Thuận 1",
                        "Xã Mỹ Chánh Hòa 1");

        // The eight chains: 21 communes of today; two chains name a whole old district (Chợ Lách, Thạnh Phú), which is
        // shown as the old unit it is, not guessed into one of today's communes.
        List<String> all = labels(indicators.byUnit(filter(IN_2026, null)));
        assertThat(all)
                .hasSize(23)
                .contains(
                        "Xã Chợ Lách 2",
                        "Xã Mỹ Chánh Hòa 2",
                        "Xã Thạnh Trị 2",
                        "Xã Tân Thành Bình 2",
                        "Xã Đồng Khởi 1",
                        "Huyện Chợ Lách 2 former",
                        "Huyện Thạnh Phú 1 former");
        assertThat(all.stream().filter(l -> !l.endsWith("former")))
                .hasSize(21)
                .allMatch(l -> l.startsWith("Xã ") || l.startsWith("Phường "));
    }

    @Test
    void onA2019DateTheDashboardGroupsByBenTresDistrictsOfThen() throws Exception {
        assertThat(labels(indicators.byUnit(filter(IN_2019, null))))
                .containsExactlyInAnyOrder(
                        "Huyện Ba Tri 3",
                        "Huyện Bình Đại 4",
                        "Huyện Châu Thành 2",
                        "Huyện Chợ Lách 3",
                        "Huyện Giồng Trôm 3",
                        "Huyện Mỏ Cày Bắc 4",
                        "Huyện Mỏ Cày Nam 2",
                        "Huyện Thạnh Phú 3");

        // The page and its export say the same, under the heading of the districts of then.
        String page2019 = page(get("/dashboard").param("date", "30/06/2019").param("plan", plan(plan2018)));
        assertThat(page2019)
                .contains("Huyện, thành phố (trước 01/07/2025)", "Huyện Mỏ Cày Nam", "Huyện Bình Đại")
                .doesNotContain("Xã Đồng Khởi");
        String today = page(get("/dashboard").param("date", "01/12/2026").param("plan", plan(plan2018)));
        assertThat(today).contains("Xã, phường, đặc khu", "Xã Đồng Khởi", "Phường Bến Tre");
        Exported xlsx = Exported.xlsx(mvc.perform(get("/dashboard")
                        .param("date", "30/06/2019")
                        .param("plan", plan(plan2018))
                        .param("format", "xlsx")
                        .param("table", "byUnit")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(xlsx.header()).startsWith("Huyện, thành phố (trước 01/07/2025)");
        assertThat(xlsx.column(0))
                .containsExactlyInAnyOrder(
                        "Huyện Ba Tri",
                        "Huyện Bình Đại",
                        "Huyện Châu Thành",
                        "Huyện Chợ Lách",
                        "Huyện Giồng Trôm",
                        "Huyện Mỏ Cày Bắc",
                        "Huyện Mỏ Cày Nam",
                        "Huyện Thạnh Phú",
                        "Tổng cộng");
        // A chain in several districts counts once in the total: the plan's eight.
        assertThat(xlsx.row("Tổng cộng").cell(1).text()).isEqualTo("8");
    }

    @Test
    void the2026PlansAgencyCellsResolveToThisProvincesBodiesAndCommunes() {
        long plan2026 = jdbc.sql("select id from plan where document_number = 'KH-MINHHOA/2026'")
                .query(Long.class)
                .single();
        long vinhLong = jdbc.sql("select id from administrative_unit where level = 'PROVINCE' and code = '86'"
                        + " and valid_to is null")
                .query(Long.class)
                .single();

        // I.1 "Sở Nông nghiệp và Môi trường", I.3 "Sở Công Thương": today's departments of Vĩnh Long, not Bến Tre's.
        assertThat(agencies(plan2026, "I", "1", "LEAD"))
                .containsExactly("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long @" + vinhLong);
        assertThat(agencies(plan2026, "I", "3", "LEAD")).containsExactly("Sở Công Thương tỉnh Vĩnh Long @" + vinhLong);
        assertThat(agencies(plan2026, "I", "2", "LEAD"))
                .containsExactly("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long @" + vinhLong);
        // II.1.1 "UBND xã Giồng Trôm": the commune of today itself.
        assertThat(agencies(plan2026, "II.1", "1", "LEAD")).containsExactly("unit Xã Giồng Trôm today");
        // I.1 "Liên minh HTX tỉnh Vĩnh Long, UBND các xã, phường": the union and the 124 communes and wards.
        List<String> coordinating = agencies(plan2026, "I", "1", "COORDINATING");
        assertThat(coordinating).hasSize(1 + 124).contains("Liên minh Hợp tác xã tỉnh Vĩnh Long @" + vinhLong);
        assertThat(coordinating.stream().filter(a -> a.startsWith("unit ")))
                .hasSize(124)
                .allMatch(a -> a.endsWith(" today"));
        // "Các hiệp hội ngành hàng" is a phrase of any province's plans (reference/agencies.tsv), not a body of one.
        assertThat(agencies(plan2026, "I", "3", "SUPPORTING")).containsExactly("Các hiệp hội ngành hàng @any");
        // Nothing of the plan is left for a person to fix.
        assertThat(jdbc.sql("""
                        select count(*) from action_item_agency ia join action_item i on i.id = ia.action_item_id
                        where i.plan_id = :p and ia.needs_review""").param("p", plan2026).query(Long.class).single())
                .isZero();
    }

    /** An item's agencies in one role: "name @province id" for a body, "unit name today|old" for a unit, "⚠ text". */
    private List<String> agencies(long planId, String section, String ordinal, String role) {
        return jdbc.sql("""
                        select case when ia.needs_review then '⚠ ' || ia.written_as
                                    when ia.administrative_unit_id is null then a.name || ' @' || coalesce(cast(a.province_id as varchar), 'any')
                                    else 'unit ' || u.name
                                         || case when u.valid_to is null then ' today' else ' old' end end
                        from action_item_agency ia join action_item i on i.id = ia.action_item_id
                        join plan_section s on s.id = i.section_id
                        left join agency a on a.id = ia.agency_id
                        left join administrative_unit u on u.id = ia.administrative_unit_id
                        where i.plan_id = :p and s.code = :section and i.ordinal = :ordinal and ia.role = :role
                        order by ia.sort_order""")
                .param("p", planId)
                .param("section", section)
                .param("ordinal", ordinal)
                .param("role", role)
                .query(String.class)
                .list();
    }

    private IndicatorFilter filter(LocalDate on, String product) {
        Long productId = product == null
                ? null
                : jdbc.sql("select id from product where name = :n")
                        .param("n", product)
                        .query(Long.class)
                        .single();
        return new IndicatorFilter(on, UnitScope.ALL, productId, plan2018);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String plan(long id) {
        return String.valueOf(id);
    }

    private static List<String> labels(List<GroupRow> rows) {
        return rows.stream()
                .map(r -> r.name() + " " + r.chains() + (r.partial() ? " part" : "") + (r.former() ? " former" : ""))
                .toList();
    }

    /** The communes of today under this province in the official list the application ships (not the database). */
    private static long communesOfTodayInShippedList(String provinceCode) throws Exception {
        try (var in = DemoOnTodaysMapTest.class.getResourceAsStream("/reference/units-2025.csv.gz");
                var reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(l -> l.split(",", -1))
                    .filter(f -> f[0].equals("commune") && f[4].equals(provinceCode))
                    .count();
        }
    }
}

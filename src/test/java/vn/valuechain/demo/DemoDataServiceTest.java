package vn.valuechain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.TestData;

/**
 * Loading the demo data, each test in a transaction rolled back afterwards. Other tests commit plans, chains and
 * cooperatives of their own (a browser test even enters plan 2835/KH-UBND), so each test first empties those tables
 * inside its transaction: the load sees a fresh installation and nothing of it outlives the test.
 */
@Transactional
class DemoDataServiceTest extends IntegrationTest {

    @Autowired
    DemoDataService demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    EntityManager em;

    @Autowired
    vn.valuechain.plan.ActionItemService items;

    @Autowired
    DeploymentService deployment;

    @BeforeEach
    void emptyRegistry() {
        DemoDataTables.empty(jdbc);
    }

    @Test
    void loadsThePlanItsFrameworkChainsCooperativesAndUnits() {
        long planId = load();

        assertThat(count("select count(*) from plan where document_number = '2835/KH-UBND'"))
                .isEqualTo(1);
        Map<String, Object> plan = jdbc.sql("""
                        select p.issued_on, p.period_start_year, p.period_end_year, u.code, u.name
                        from plan p join administrative_unit u on u.id = p.province_id where p.id = :p""").param("p", planId).query().singleRow();
        assertThat(plan)
                .containsEntry("issued_on", java.sql.Date.valueOf(LocalDate.of(2018, 6, 15)))
                .containsEntry("code", "83")
                .containsEntry("name", "Tỉnh Bến Tre")
                .containsEntry("period_start_year", 2018)
                .containsEntry("period_end_year", 2025);

        assertThat(count("select count(*) from action_item where plan_id = :p", planId))
                .isEqualTo(65);
        assertThat(countPerSection(planId))
                .containsExactly(
                        Map.entry("I", 15L),
                        Map.entry("II.1", 5L),
                        Map.entry("II.2", 5L),
                        Map.entry("II.3", 7L),
                        Map.entry("II.4", 9L),
                        Map.entry("II.5", 10L),
                        Map.entry("II.6", 4L),
                        Map.entry("II.7", 4L),
                        Map.entry("II.8", 6L));
        // Every chain section is about its chain, the common section about none.
        assertThat(jdbc.sql("""
                        select s.code || ' ' || s.title || ' → ' || coalesce(c.name, '-') from plan_section s
                        left join chain c on c.id = s.chain_id where s.plan_id = :p order by s.sort_order""").param("p", planId).query(String.class).list())
                .startsWith("I Các hoạt động chung của các chuỗi → -", "II.1 Chuỗi Dừa → Chuỗi giá trị Dừa")
                .endsWith("II.8 Chuỗi Tôm biển → Chuỗi giá trị Tôm biển");

        assertThat(jdbc.sql("select p.name from chain c join product p on p.id = c.product_id"
                                + " where c.plan_id = :p and not c.illustrative order by c.id")
                        .param("p", planId)
                        .query(String.class)
                        .list())
                .containsExactly("Dừa", "Bưởi da xanh", "Chôm chôm", "Nhãn", "Hoa kiểng", "Heo", "Bò", "Tôm biển");
        assertThat(count("select count(*) from chain where plan_id = :p", planId))
                .isEqualTo(8);

        assertThat(count("select count(*) from cooperative where plan_id = :p and not illustrative", planId))
                .isEqualTo(36);
        assertThat(count("select count(*) from cooperative where plan_id = :p and status = 'PLANNED'", planId))
                .isEqualTo(29);
        assertThat(count("select count(*) from cooperative where plan_id = :p and status = 'TO_CONSOLIDATE'", planId))
                .isEqualTo(7);
        // Every one takes part in its product's chain as a producer.
        assertThat(count("""
                        select count(*) from cooperative co join chain_participant cp on cp.cooperative_id = co.id
                        join chain c on c.id = cp.chain_id
                        where co.plan_id = :p and c.product_id = co.product_id and cp.role = 'PRODUCER'""", planId)).isEqualTo(36);
        Map<String, Object> myHoa = jdbc.sql("""
                        select co.min_scale_value, co.min_scale_unit, co.target_period, co.target_year_from,
                               co.target_year_to, u.code, u.name, d.code as district
                        from cooperative co join administrative_unit u on u.id = co.administrative_unit_id
                        join administrative_unit d on d.id = u.parent_id where co.name = 'HTX dừa Mỹ Hòa'""").query().singleRow();
        assertThat(myHoa)
                .containsEntry("min_scale_unit", "HA")
                .containsEntry("target_period", "2017-2018")
                .containsEntry("target_year_from", 2017)
                .containsEntry("target_year_to", 2018)
                .containsEntry("code", "29116")
                .containsEntry("name", "Xã Mỹ Hòa")
                .containsEntry("district", "836");
        assertThat(((java.math.BigDecimal) myHoa.get("min_scale_value")).intValue())
                .isEqualTo(100);

        // Official codes: the province, its nine districts, and the communes Appendix 1 names.
        assertThat(jdbc.sql("""
                        select d.code || ' ' || d.name from administrative_unit d join administrative_unit p
                        on p.id = d.parent_id where p.level = 'PROVINCE' and p.code = '83' and d.level = 'DISTRICT'
                        order by d.code""").query(String.class).list())
                .containsExactly(
                        "829 Thành phố Bến Tre",
                        "831 Huyện Châu Thành",
                        "832 Huyện Chợ Lách",
                        "833 Huyện Mỏ Cày Nam",
                        "834 Huyện Giồng Trôm",
                        "835 Huyện Bình Đại",
                        "836 Huyện Ba Tri",
                        "837 Huyện Thạnh Phú",
                        "838 Huyện Mỏ Cày Bắc");
        assertThat(jdbc.sql("""
                        select c.name || ' < ' || d.name from administrative_unit c
                        join administrative_unit d on d.id = c.parent_id
                        where c.level = 'COMMUNE' and c.code in ('28807', '28897') and c.valid_to = date '2025-06-30'
                        order by c.code""").query(String.class).list())
                .containsExactly("Xã Qưới Sơn < Huyện Châu Thành", "Xã Vĩnh Hòa < Huyện Chợ Lách");
    }

    /** The demo plan's items carry the targets staff confirmed from their expected outputs, so figures can be reported. */
    @Test
    void theItemsCarryTheirConfirmedTargets() {
        long planId = load();

        assertThat(count(
                        "select count(*) from target t join action_item i on i.id = t.action_item_id where i.plan_id = :p",
                        planId))
                .isEqualTo(92);
        assertThat(count(
                        "select count(distinct t.action_item_id) from target t join action_item i on i.id = t.action_item_id"
                                + " where i.plan_id = :p",
                        planId))
                .isEqualTo(38);
        // "Dự kiến có 21THT, HTX được ký hợp đồng thỏa thuận tiêu thụ sản phẩm. - Tổ chức 01 cuộc hội thảo."
        assertThat(jdbc.sql("""
                        select t.value, t.unit from target t join action_item i on i.id = t.action_item_id
                          join plan_section s on s.id = i.section_id
                        where i.plan_id = :p and s.code = 'II.1' and i.ordinal = '4' order by t.id""")
                        .param("p", planId)
                        .query((rs, n) ->
                                rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + rs.getString(2))
                        .list())
                .containsExactly("21 THT", "1 cuộc hội thảo");
        // left on the plan's suggestions page: only what staff dropped, the parts of II.3.1's "10 cuộc"
        assertThat(items.planSuggestions(planId)).singleElement().satisfies(i -> {
            assertThat(i.item().sectionCode() + "." + i.item().ordinal()).isEqualTo("II.3.1");
            assertThat(i.suggestions())
                    .extracting(s -> s.value().toPlainString() + " " + s.unit())
                    .containsExactly("7 cuộc", "3 cuộc");
        });
    }

    @Test
    void agenciesAndTimeframesAreReadAsWhenAPersonEntersTheItems() {
        long planId = load();

        // I.1: "UBND các huyện và thành phố." is the province's nine districts.
        assertThat(agencies(planId, "I", "1", "LEAD")).hasSize(9).allMatch(a -> a.startsWith("unit "));
        assertThat(agencies(planId, "I", "1", "COORDINATING"))
                .contains("Liên minh HTX", "Hội Nông dân", "Sở NN&PTNT", "Sở KH&ĐT", "Sở Công Thương", "Sở KH&CN");
        // I.4: lead by two banks.
        assertThat(agencies(planId, "I", "4", "LEAD"))
                .containsExactly("NHNN chi nhánh tỉnh", "Các ngân hàng thương mại trên địa bàn tỉnh");
        // II.1.1: the plan's typo "Sở Nông và PTNT." is still the Sở NN&PTNT.
        assertThat(agencies(planId, "II.1", "1", "LEAD")).containsExactly("Sở NN&PTNT");
        // II.6.1: "UBND các huyện Mộ Cây Nam, Mộ Cây Bắc, Châu Thành, Giồng Trôm và UBND các xã trực thuộc."
        assertThat(agencies(planId, "II.6", "1", "LEAD"))
                .contains(
                        "unit Huyện Mỏ Cày Nam",
                        "unit Huyện Mỏ Cày Bắc",
                        "unit Huyện Châu Thành",
                        "unit Huyện Giồng Trôm");
        // II.8.6: "Các doanh nghiệp sản xuất tôm giống" names no agency: kept as written and flagged.
        assertThat(agencies(planId, "II.8", "6", "COORDINATING")).contains("⚠ Các doanh nghiệp sản xuất tôm giống");

        Map<String, Object> first = item(planId, "I", "1");
        assertThat(first)
                .containsEntry("timeframe_text", "2018-2025")
                .containsEntry("timeframe_start", java.sql.Date.valueOf(LocalDate.of(2018, 1, 1)))
                .containsEntry("timeframe_end", java.sql.Date.valueOf(LocalDate.of(2025, 12, 31)));
        Map<String, Object> recurring = item(planId, "II.5", "6");
        assertThat(recurring)
                .containsEntry("timeframe_text", "Từ tháng 04 đến tháng 12 hàng năm từ năm 2018-2020")
                .containsEntry("timeframe_recurring", true);
    }

    @Test
    void illustrativeRecordsAreFlaggedAndTheRealOnesNot() {
        long planId = load();

        assertThat(jdbc.sql("select name || ' ' || illustrative from enterprise where name like '%(minh họa)'"
                                + " order by name")
                        .query(String.class)
                        .list())
                .hasSize(3)
                .allMatch(s -> s.endsWith(" true"));
        assertThat(count("select count(*) from linkage_contract where number like 'HĐLK-MH-%' and illustrative"))
                .isEqualTo(4);
        assertThat(count("""
                        select count(*) from contract_delivery d join linkage_contract k on k.id = d.contract_id
                        where k.number like 'HĐLK-MH-%' and d.illustrative""")).isEqualTo(6);
        assertThat(jdbc.sql("select number || ' ' || illustrative from certification where number like '%-MH-%'"
                                + " order by number")
                        .query(String.class)
                        .list())
                .containsExactly("HC-MH-0002 true", "VG-MH-0001 true");
        assertThat(count("select count(*) from plan where id = :p", planId)).isEqualTo(1);
        assertThat(count("select count(*) from chain where plan_id = :p and illustrative", planId))
                .isZero();
        assertThat(count("select count(*) from cooperative where plan_id = :p and illustrative", planId))
                .isZero();
        // The linkage leads: an illustrative buyer leads the chains it buys for.
        assertThat(count(
                        "select count(*) from chain_participant cp join chain c on c.id = cp.chain_id"
                                + " where c.plan_id = :p and cp.lead",
                        planId))
                .isEqualTo(3);
    }

    @Test
    void loadingTwiceIsRefusedAndChangesNothing() {
        load();
        assertThat(demoData.loaded()).isTrue();
        List<Long> before = tableCounts();

        assertThatThrownBy(() -> demoData.load())
                .isInstanceOf(DemoDataRefusedException.class)
                .extracting(e -> ((DemoDataRefusedException) e).getMessageKey())
                .isEqualTo("demo.refused.loaded");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void reusesTheUnitsTheDatabaseHasByOfficialCode() {
        AdministrativeUnit benTre = data.unit(AdministrativeLevel.PROVINCE, "83", "Tỉnh Bến Tre", null);
        AdministrativeUnit moCayNam = data.unit(AdministrativeLevel.DISTRICT, "833", "Mỏ Cày Nam", benTre);

        long planId = load();

        assertThat(count("select province_id from plan where id = :p", planId)).isEqualTo(benTre.getId());
        assertThat(count("select count(*) from administrative_unit where level = 'DISTRICT' and code = '833'"))
                .isEqualTo(1);
        assertThat(count("""
                        select u.parent_id from administrative_unit u
                        where u.level = 'COMMUNE' and u.code = '28930'""")).isEqualTo(moCayNam.getId());
    }

    @Test
    void anInstallationOfAnotherProvinceRefusesTheDemoAndChangesNothing() {
        deployment.setUp("40", "test");
        List<Long> before = tableCounts();

        assertThatThrownBy(() -> demoData.load())
                .isInstanceOf(DemoDataRefusedException.class)
                .extracting(e -> ((DemoDataRefusedException) e).getMessageKey())
                .isEqualTo("demo.refused.province");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    void theDemoIsVinhLongTodayWithBenTresRecordsUnderTodaysCommunes() {
        long planId = load();

        assertThat(deployment.current())
                .get()
                .extracting(DeploymentService.Province::code)
                .isEqualTo("86");
        // HTX Nông nghiệp Định Thủy keeps Xã Định Thủy (2018), which went whole into Xã Đồng Khởi (crosswalk-2025.csv).
        assertThat(jdbc.sql("""
                        select u.name || ' → ' || t.name from cooperative co
                        join administrative_unit u on u.id = co.administrative_unit_id
                        join unit_map m on m.unit_id = u.id and m.level = 'COMMUNE' and m.valid_from = date '2025-07-01'
                        join administrative_unit t on t.id = m.target_id
                        where co.name = 'HTX Nông nghiệp Định Thủy'""").query(String.class).list()).containsExactly("Xã Định Thủy → Xã Đồng Khởi");
        // The Dừa chain runs in the seven communes of its Appendix 1 cooperatives, all of 2018.
        assertThat(count("""
                        select count(*) from chain_unit cu join chain c on c.id = cu.chain_id
                        join administrative_unit u on u.id = cu.administrative_unit_id
                        where c.plan_id = :p and c.name = 'Chuỗi giá trị Dừa' and u.level = 'COMMUNE'
                          and u.valid_to = date '2025-06-30'""", planId)).isEqualTo(7);
        // The illustrative enterprises are registered in today's communes.
        assertThat(jdbc.sql("""
                        select u.name from enterprise e join administrative_unit u on u.id = e.administrative_unit_id
                        where e.illustrative order by u.code""").query(String.class).list())
                .containsExactly("Xã Phú Túc", "Xã Chợ Lách", "Xã Giồng Trôm");
    }

    @Test
    void theRunnerLoadsIntoAnEmptyDatabaseAndSkipsAnotherOne() {
        DemoDataLoading loading = new DemoDataLoading(true);
        DemoDataRunner runner = new DemoDataRunner(demoData, loading);
        assertThat(demoData.databaseEmpty()).isTrue();

        runner.run(null);
        em.flush();

        assertThat(demoData.loaded()).isTrue();
        assertThat(loading.inProgress()).as("pages wait no more").isFalse();
        List<Long> after = tableCounts();
        runner.run(null);
        assertThat(tableCounts()).isEqualTo(after);
    }

    @Test
    void theDataIsOfferedOnlyOnTheEmbeddedDatabaseWhileItIsEmpty() {
        DemoDataOffer embedded = new DemoDataOffer("", demoData);
        DemoDataOffer configured = new DemoDataOffer("jdbc:postgresql://db/valuechain", demoData);
        assertThat(embedded.offered()).isTrue();
        assertThat(configured.offered()).isFalse();

        load();

        assertThat(embedded.offered()).isFalse();
    }

    /** Loads and flushes, so that the SQL of the assertions sees every change. */
    private long load() {
        long planId = demoData.load();
        em.flush();
        return planId;
    }

    private List<String> agencies(long planId, String section, String ordinal, String role) {
        return jdbc.sql("""
                        select case when ia.needs_review then '⚠ ' || ia.written_as
                                    when ia.agency_id is not null and ia.administrative_unit_id is null
                                        then coalesce(a.short_name, a.name)
                                    else 'unit ' || u.name end
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

    private Map<String, Object> item(long planId, String section, String ordinal) {
        return jdbc.sql("""
                        select i.timeframe_text, i.timeframe_start, i.timeframe_end, i.timeframe_recurring
                        from action_item i join plan_section s on s.id = i.section_id
                        where i.plan_id = :p and s.code = :section and i.ordinal = :ordinal""")
                .param("p", planId)
                .param("section", section)
                .param("ordinal", ordinal)
                .query()
                .singleRow();
    }

    private Map<String, Long> countPerSection(long planId) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select s.code, count(i.id) from plan_section s left join action_item i on i.section_id = s.id
                        where s.plan_id = :p group by s.code, s.sort_order order by s.sort_order""")
                .param("p", planId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private List<Long> tableCounts() {
        return List.of(
                count("select count(*) from plan"),
                count("select count(*) from action_item"),
                count("select count(*) from chain"),
                count("select count(*) from cooperative"),
                count("select count(*) from enterprise"),
                count("select count(*) from linkage_contract"),
                count("select count(*) from contract_delivery"),
                count("select count(*) from certification"),
                count("select count(*) from administrative_unit"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long count(String sql, long planId) {
        return jdbc.sql(sql).param("p", planId).query(Long.class).single();
    }
}

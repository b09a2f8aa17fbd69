package vn.valuechain.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.TestData;

/**
 * The home page's work takes the same number of statements however many records there are: a province with a few of
 * each, then with hundreds of reports, certificates, contracts, chains and items more.
 */
@Transactional
@Import(StatementCounter.class)
class HomeQueryCountTest extends IntegrationTest {

    @Autowired
    DayWork work;

    @Autowired
    HomeService home;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    final LocalDate today =
            LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")); // the office's today (app.office-zone)

    @Test
    void aFixedNumberOfStatementsHoweverManyRecords() {
        TestData.Province p = data.provinceWithUsers();
        UnitScopedUser staff = (UnitScopedUser) users.loadUserByUsername("t-staff");
        UnitScopedUser district = (UnitScopedUser) users.loadUserByUsername("t-district");
        // more than a page of each from the start, so that every list counts its total both times
        records(p, 6);
        long[] few = {
            counted(() -> work.staff(staff, today)),
            counted(() -> work.district(district, today)),
            counted(() -> work.figures(today)),
            counted(() -> home.counts(district.getUnitId()))
        };
        records(p, 300);
        long[] many = {
            counted(() -> work.staff(staff, today)),
            counted(() -> work.district(district, today)),
            counted(() -> work.figures(today)),
            counted(() -> home.counts(district.getUnitId()))
        };
        assertThat(work.staff(staff, today).certificates().count()).isEqualTo(306);
        assertThat(work.staff(staff, today).reviewQueue().count()).isEqualTo(306);
        assertThat(work.staff(staff, today).dropped().count()).isEqualTo(306);
        assertThat(many).isEqualTo(few);
        assertThat(few[0])
                .as("staff: review queue 2, items 7 (a page of the item list per line), certificates 3 (the list,"
                        + " the figures' generation and the count: this test's transaction has written, so the total"
                        + " is counted afresh, see FiguresCache), contracts 5 (the same between a set and a reset of"
                        + " the join order: WrittenJoinOrder), completeness dropped 1")
                .isEqualTo(18);
    }

    private long counted(Supplier<?> call) {
        long before = counter.count();
        call.get();
        return counter.count() - before;
    }

    /**
     * n more of everything a home line counts, in SQL: items of Mỏ Cày Nam with a submitted report each, certificates
     * and contracts ending within 60 days, chains whose offtake contract ended since last month.
     */
    private void records(TestData.Province p, int n) {
        long unit = p.moCayNam().getId();
        Long plan = jdbc.sql("select id from plan where document_number = 'KH-DEM'")
                .query(Long.class)
                .optional()
                .orElseGet(() -> jdbc.sql("insert into plan (document_number, title) values ('KH-DEM', 'Kế hoạch đếm')"
                                + " returning id")
                        .query(Long.class)
                        .single());
        Long section = jdbc.sql("""
                        insert into plan_section (plan_id, code, title, sort_order) values (:plan, :code, 'Phần', 0)
                        returning id""")
                .param("plan", plan)
                .param("code", "S" + n)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into action_item (plan_id, section_id, ordinal, sort_order, content, expected_outputs,
                                         timeframe_text, timeframe_start, timeframe_end)
                select :plan, :section, g::text, g, 'Nhiệm vụ ' || g, '5 lớp tập huấn', 'Năm 2025',
                       date '2025-01-01', date '2025-12-31'
                from generate_series(1, :n) g""")
                .param("plan", plan)
                .param("section", section)
                .param("n", n)
                .update();
        jdbc.sql("""
                insert into action_item_phase (action_item_id, start_on, end_on, sort_order)
                select id, timeframe_start, timeframe_end, 0 from action_item where section_id = :section""").param("section", section).update();
        jdbc.sql("""
                insert into action_item_unit (action_item_id, administrative_unit_id)
                select id, :unit from action_item where section_id = :section""").param("unit", unit).param("section", section).update();
        jdbc.sql("""
                insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                             period_number, status, submitted_at, submitted_by)
                select id, :unit, 'QUARTER', 2025, 4, 'SUBMITTED', now(), 't-district'
                from action_item where section_id = :section""").param("unit", unit).param("section", section).update();
        jdbc.sql("""
                insert into cooperative (type, name, status, administrative_unit_id)
                select 'HTX', 'HTX đếm ' || :n || '-' || g, 'EXISTING', :unit from generate_series(1, :n) g""").param("n", n).param("unit", unit).update();
        jdbc.sql("""
                insert into certification (type, holder_kind, holder_cooperative_id, number, valid_from, valid_to,
                                           status)
                select 'VIETGAP', 'COOPERATIVE', id, 'VG-' || id, date '2024-01-01', :ends, 'VALID'
                from cooperative where name like 'HTX đếm ' || :n || '-%'""").param("n", n).param("ends", today.plusDays(10)).update();
        jdbc.sql("""
                insert into chain (name, product_id, status)
                select 'Chuỗi ' || name, (select min(id) from product), 'ACTIVE'
                from cooperative where name like 'HTX đếm ' || :n || '-%'""").param("n", n).update();
        jdbc.sql("""
                insert into chain_unit (chain_id, administrative_unit_id)
                select id, :unit from chain where name like 'Chuỗi HTX đếm ' || :n || '-%'""").param("n", n).param("unit", unit).update();
        jdbc.sql("""
                insert into linkage_contract (type, chain_id, seller_kind, seller_cooperative_id, buyer_kind,
                                              buyer_households_name, status, start_on, end_on)
                select 'OFFTAKE', c.id, 'COOPERATIVE', co.id, 'HOUSEHOLDS', 'Thương lái', 'SIGNED',
                       :starts, :ended
                from chain c join cooperative co on 'Chuỗi ' || co.name = c.name
                where co.name like 'HTX đếm ' || :n || '-%'""")
                .param("n", n)
                .param("starts", today.minusYears(1))
                .param("ended", today.minusDays(5))
                .update();
        jdbc.sql("""
                insert into linkage_contract (type, seller_kind, seller_cooperative_id, buyer_kind,
                                              buyer_households_name, status, start_on, end_on)
                select 'OFFTAKE', 'COOPERATIVE', id, 'HOUSEHOLDS', 'Thương lái', 'SIGNED', :starts, :ends
                from cooperative where name like 'HTX đếm ' || :n || '-%'""")
                .param("n", n)
                .param("starts", today.minusYears(1))
                .param("ends", today.plusDays(20))
                .update();
    }
}

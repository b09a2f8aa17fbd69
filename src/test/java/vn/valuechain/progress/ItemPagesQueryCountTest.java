package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemStatuses;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.WebTest;

/**
 * The action-plan pages prepare as many SQL statements with 63 items of 2 targets and 2 accepted reports each as with
 * 14 (fewer and more than the 25 a list shows, the plan page shows them all; 22 and 120 reports, more than a page of
 * 20 in both, so both pages count their total), and an item page as many with 20 reports
 * as with 2: statuses and counts are worked out in SQL for the rows shown, not per item.
 */
@Import(StatementCounter.class)
class ItemPagesQueryCountTest extends WebTest {

    static final String ON = "on=01/07/2019";

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ItemStatuses statuses;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures f;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
    }

    @Test
    void aPageTakesAsManyStatementsFor63ItemsAsFor14() throws Exception {
        add(1, 11);
        Map<String, Long> few = counts();
        add(12, 60);
        Map<String, Long> many = counts();

        assertThat(jdbc.sql("select count(*) from action_item where plan_id = :plan")
                        .param("plan", f.plan.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(63);
        // On 1/7/2019 the added items (2018–2025: 547 of 2,922 days, 18.7% passed; 2 of 10 on each target, 20%
        // achieved) are in progress.
        assertThat(statuses.counts(ItemFilter.NONE, Scope.ALL, LocalDate.of(2019, 7, 1))
                        .get(ItemStatus.IN_PROGRESS))
                .isEqualTo(60);
        assertThat(many).isEqualTo(few);

        // The whole list counts its total in a statement of its own, a filtered list with its page: both as SQL counts.
        LocalDate on = LocalDate.of(2019, 7, 1);
        Page<Long> whole = statuses.ids(ItemFilter.NONE, Scope.ALL, on, PageRequest.of(1, 25));
        assertThat(whole.getTotalElements())
                .isEqualTo(jdbc.sql("select count(*) from action_item")
                        .query(Long.class)
                        .single());
        assertThat(whole.getContent()).hasSize(25);
        Page<Long> ofPlan = statuses.ids(ItemFilter.ofPlan(f.plan.getId()), Scope.ALL, on, PageRequest.of(1, 25));
        assertThat(ofPlan.getTotalElements()).isEqualTo(63);
        assertThat(ofPlan.getContent()).hasSize(25);

        // The page without filters is that whole list, although its form sends the lead's role by default.
        counter.takeSql();
        mvc.perform(get("/action-items?" + ON).with(as("t-staff"))).andExpect(status().isOk());
        assertThat(counter.takeSql())
                .anyMatch(sql -> sql.equals("select count(*) from action_item"))
                .noneMatch(sql -> sql.contains("over ()"));
    }

    @Test
    void anItemPageTakesAsManyStatementsFor20ReportsAsFor2() throws Exception {
        add(1, 1);
        long item = jdbc.sql("select id from action_item where ordinal = 'Đ1'")
                .query(Long.class)
                .single();
        String page = "/action-items/" + item + "?on=31/12/2024";
        long two = counted(page, "t-staff");
        jdbc.sql("""
                        insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                                     period_number, status, percent_complete)
                        select :item, :unit, 'QUARTER', y, q, 'ACCEPTED', 10
                        from generate_series(2019, 2023) y cross join generate_series(1, 4) q
                        where (y, q) <> (2019, 1) and (y, q) <> (2019, 2)
                        """)
                .param("item", item)
                .param("unit", f.province.moCayNam().getId())
                .update();
        jdbc.sql("""
                        insert into progress_report_value (progress_report_id, target_id, actual_value)
                        select r.id, t.id, 1 from progress_report r join target t on t.action_item_id = r.action_item_id
                        where r.action_item_id = :item
                          and not exists (select 1 from progress_report_value v where v.progress_report_id = r.id)
                        """).param("item", item).update();
        assertThat(jdbc.sql("select count(*) from progress_report where action_item_id = :item")
                        .param("item", item)
                        .query(Long.class)
                        .single())
                .isEqualTo(20);
        assertThat(counted(page, "t-staff")).isEqualTo(two);
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] page : List.of(
                new String[] {"/action-items?" + ON, "t-staff"},
                new String[] {"/action-items?status=AT_RISK&" + ON, "t-staff"},
                new String[] {"/action-items?status=OVERDUE&page=1&" + ON, "t-staff"},
                new String[] {"/action-items?review=true&" + ON, "t-staff"},
                new String[] {"/action-items?status=AT_RISK&" + ON, "t-district"},
                new String[] {"/action-items/by-agency?" + ON, "t-staff"},
                new String[] {"/action-items/by-chain?" + ON, "t-district"},
                new String[] {"/action-items/timeline?" + ON, "t-staff"},
                new String[] {"/my-items?" + ON, "t-district"},
                new String[] {"/progress-reports?status=ACCEPTED", "t-staff"},
                new String[] {"/progress-reports", "t-district"},
                new String[] {"/plans/" + f.plan.getId() + "?" + ON, "t-staff"},
                new String[] {"/action-items?format=xlsx&" + ON, "t-staff"},
                new String[] {
                    "/reports/summary.xlsx?date=01/07/2019&unit="
                            + f.province.benTre().getId(),
                    "t-staff"
                })) {
            counts.put(page[1] + " " + page[0], counted(page[0], page[1]));
        }
        return counts;
    }

    private long counted(String path, String user) throws Exception {
        mvc.perform(get(path).with(as(user))).andExpect(status().isOk()); // warm: caches, first look-ups
        long before = counter.count();
        mvc.perform(get(path).with(as(user))).andExpect(status().isOk());
        return counter.count() - before;
    }

    /**
     * Items Đ{from}…Đ{upTo} of the plan's common section (2018–2025), led by Sở Công Thương, in Mỏ Cày Nam, each with
     * two targets of 10 and the accepted reports of Q1 and Q2 2019 giving 1 against each; every third flagged.
     */
    private void add(int from, int upTo) {
        Map<String, Object> params = Map.of(
                "plan", f.plan.getId(),
                "section", f.common.getId(),
                "unit", f.province.moCayNam().getId(),
                "from", from,
                "to", upTo);
        for (String sql : List.of("""
                insert into action_item (plan_id, section_id, ordinal, sort_order, content, timeframe_text,
                                         timeframe_start, timeframe_end, timeframe_needs_review)
                select :plan, :section, 'Đ' || g, 1000 + g, 'Nhiệm vụ đếm ' || g, 'Năm 2018-2025',
                       date '2018-01-01', date '2025-12-31', g % 3 = 0
                from generate_series(:from, :to) g""", """
                insert into action_item_phase (action_item_id, start_on, end_on, sort_order)
                select id, date '2018-01-01', date '2025-12-31', 0 from action_item
                where section_id = :section and ordinal like 'Đ%' and id not in (select action_item_id from action_item_phase)""", """
                insert into action_item_unit (action_item_id, administrative_unit_id)
                select id, :unit from action_item where section_id = :section and ordinal like 'Đ%'
                  and id not in (select action_item_id from action_item_unit)""", """
                insert into action_item_agency (action_item_id, role, agency_id, written_as, sort_order)
                select i.id, 'LEAD', (select id from agency where short_name = 'Sở Công Thương'), 'Sở Công Thương', 0
                from action_item i where i.section_id = :section and i.ordinal like 'Đ%'
                  and not exists (select 1 from action_item_agency a where a.action_item_id = i.id)""", """
                insert into target (action_item_id, indicator, value, unit)
                select i.id, t, 10, 'ha' from action_item i cross join unnest(array['Diện tích', 'Số hộ']) t
                where i.section_id = :section and i.ordinal like 'Đ%'
                  and not exists (select 1 from target x where x.action_item_id = i.id)""", """
                insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                             period_number, status, percent_complete)
                select i.id, :unit, 'QUARTER', 2019, q, 'ACCEPTED', 10 * q
                from action_item i cross join generate_series(1, 2) q
                where i.section_id = :section and i.ordinal like 'Đ%'
                  and not exists (select 1 from progress_report r where r.action_item_id = i.id)""", """
                insert into progress_report_value (progress_report_id, target_id, actual_value)
                select r.id, t.id, 1 from progress_report r join target t on t.action_item_id = r.action_item_id
                where not exists (select 1 from progress_report_value v where v.progress_report_id = r.id)""")) {
            var statement = jdbc.sql(sql);
            for (var e : params.entrySet()) {
                if (sql.contains(":" + e.getKey())) {
                    statement = statement.param(e.getKey(), e.getValue());
                }
            }
            statement.update();
        }
    }
}

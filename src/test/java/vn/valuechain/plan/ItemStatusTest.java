package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/**
 * An item's status on a date as domain.md ("Action-plan progress") defines it, worked out in the database: expected
 * values by hand, the arithmetic in comments. Reports are written as rows, as any writer would, so the triggers that
 * keep the working time and the achievement are part of what is checked.
 */
@Transactional
class ItemStatusTest extends IntegrationTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ItemStatuses statuses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    Province p;
    Plan plan;
    PlanSection section;
    int ordinal;

    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        p = data.province();
        plan = plans.save(new PlanData(
                null,
                0,
                "7/KH-TT",
                LocalDate.of(2017, 12, 1),
                "Kế hoạch thử trạng thái",
                null,
                2018,
                2026,
                p.benTre().getId(),
                null));
        section = plans.addSection(plan.getId(), new SectionData("I", "Các hoạt động chung", null));
    }

    // --- Time: elapsed share of the working time -------------------------------------------------------------------

    @Test
    void halfWayThroughTheYearWithTenPointsLessDoneIsAtRisk() {
        // "Năm 2019": 365 days. 1/7/2019 is day 31+28+31+30+31+30+1 = 182: 49.9% passed; 40% achieved (the Q2 report,
        // which ended on 30/6): 9.9 points behind, more than 5.
        long id = item("Năm 2019");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", "40");
        StatusAssessment s = status(id, LocalDate.of(2019, 7, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(s.elapsedShare()).isCloseTo(182.0 / 365, within());
        assertThat(s.explanationKey()).isEqualTo("status.explain.atRisk");
        assertThat(s.explanationArgs())
                .containsExactly(50, 40, "01/01/2019", "31/12/2019", "", new BigDecimal("9.9"), 5);
        assertThat(s.achievement().basis()).isEqualTo(Achievement.Basis.REPORTED_PERCENT);
    }

    @Test
    void lessThanFivePointsBehindIsStillInProgress() {
        // 49.9% passed, 46% achieved: 3.9 points behind, not more than 5 (it was "at risk" as soon as it trailed at
        // all).
        long id = item("Năm 2019");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", "46");
        assertThat(status(id, LocalDate.of(2019, 7, 1)).status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void exactlyFivePointsBehindIsNotAtRiskOneMoreIs() {
        // "Năm 2020" is a leap year of 366 days; 1/7/2020 is day 31+29+31+30+31+30+1 = 183: exactly 50% passed.
        long fortyFive = item("Năm 2020");
        report(fortyFive, "HALF_YEAR", 2020, 1, "ACCEPTED", "45");
        long fortyFour = item("Năm 2020");
        report(fortyFour, "HALF_YEAR", 2020, 1, "ACCEPTED", "44");
        LocalDate on = LocalDate.of(2020, 7, 1);
        assertThat(status(fortyFive, on).elapsedShare()).isEqualTo(0.5);
        assertThat(status(fortyFive, on).status()).isEqualTo(ItemStatus.IN_PROGRESS); // 50 − 45 = 5, not more
        assertThat(status(fortyFour, on).status()).isEqualTo(ItemStatus.AT_RISK); // 50 − 44 = 6
    }

    @Test
    void beforeTheFirstDayItHasNotStarted() {
        long id = item("Năm 2019");
        StatusAssessment s = status(id, LocalDate.of(2018, 12, 31));
        assertThat(s.status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(s.explanationArgs()).containsExactly(0, 0, "01/01/2019", "31/12/2019", "", new BigDecimal("0.0"), 5);
    }

    @Test
    void onTheFirstDayNothingReportedIsNotYetBehind() {
        // 1 day of 365 passed (0.3%), 0% achieved: 0.3 points behind.
        long id = item("Năm 2019");
        StatusAssessment s = status(id, LocalDate.of(2019, 1, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(s.achievementKey()).isEqualTo("status.achievement.NONE");
    }

    @Test
    void onTheLastDayNinetyPercentIsAtRiskNotOverdue() {
        long id = item("Năm 2019");
        report(id, "QUARTER", 2019, 3, "ACCEPTED", "90");
        StatusAssessment s = status(id, LocalDate.of(2019, 12, 31));
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(s.elapsedPercent()).isEqualTo(100);
    }

    @Test
    void theDayAfterTheEndNotDoneIsOverdue() {
        long id = item("Năm 2019");
        report(id, "QUARTER", 2019, 3, "ACCEPTED", "90");
        StatusAssessment s = status(id, LocalDate.of(2020, 1, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(s.explanationArgs())
                .containsExactly(100, 90, "01/01/2019", "31/12/2019", "", new BigDecimal("10.0"), 5);
    }

    @Test
    void aYearlyPhaseCountsOnlyItsMonths() {
        // April–December is 30+31+30+31+31+30+31+30+31 = 275 days a year; 3 years: 825 days. 29% achieved.
        long id = item("Từ tháng 04 đến tháng 12 hàng năm (2018-2020)");
        report(id, "YEAR", 2018, 1, "ACCEPTED", "29");
        // On 15/2/2019 only the 2018 season has passed, whatever the winter: 275/825 = 33.3%, 4.3 points behind.
        StatusAssessment winter = status(id, LocalDate.of(2019, 2, 15));
        assertThat(winter.elapsedShare()).isCloseTo(275.0 / 825, within());
        assertThat(winter.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        // On 10/4/2019, 10 more days: 285/825 = 34.5%, 5.5 points behind.
        StatusAssessment spring = status(id, LocalDate.of(2019, 4, 10));
        assertThat(spring.elapsedShare()).isCloseTo(285.0 / 825, within());
        assertThat(spring.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(status(id, LocalDate.of(2018, 3, 31)).status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(spring.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(spring.end()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void overlappingPhasesAreCountedOnce() {
        // 2018-04..2018-12, 2019, 2020 and 2018-2020: together 1/1/2018–31/12/2020, 365+365+366 = 1096 days.
        long id = item("- Tháng 4 đến tháng 12/2018 2019 Năm 2020 Năm 2018-2020");
        report(id, "YEAR", 2018, 1, "ACCEPTED", "50");
        // 31/12/2018 is day 365: 33.3% passed, 50% achieved.
        StatusAssessment s = status(id, LocalDate.of(2018, 12, 31));
        assertThat(s.elapsedShare()).isCloseTo(365.0 / 1096, within());
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void withoutATimeframeTheStatusIsUnknown() {
        long id = item("");
        StatusAssessment s = status(id, LocalDate.of(2019, 7, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.UNKNOWN);
        assertThat(s.elapsedShare()).isNull();
    }

    @Test
    void theItemsWithWorkInAPeriodAreThoseNotDoneOnTheDate() {
        // Q3/2019: the first item was achieved in Q1 (done), the second has work and is not done, the third ended in
        // 2018.
        long achieved = item("Năm 2019");
        long[] t = targets(achieved, "10");
        report(achieved, "QUARTER", 2019, 1, "ACCEPTED", null, t[0], "10");
        long open = item("Năm 2019");
        targets(open, "10");
        item("Năm 2018");
        LocalDate on = LocalDate.of(2019, 7, 15);
        assertThat(status(achieved, on).status()).isEqualTo(ItemStatus.DONE);
        assertThat(statuses.withWorkBetween(Scope.ALL, LocalDate.of(2019, 7, 1), LocalDate.of(2019, 9, 30), on))
                .containsExactly(open);
    }

    // --- Which reports count ------------------------------------------------------------------------------------

    @Test
    void aReportCountsFromTheEndOfItsPeriodOnNotBefore() {
        // Target 10; the report of the first half of 2026 gives 10. On 31/12/2025 it does not count yet (it made the
        // item "done" on any date: on 31/12/2025 half of 2025–2026 has passed with nothing achieved, at risk); on
        // 30/6/2026, the last day of its period, it does.
        long id = item("Năm 2025-2026");
        long[] t = targets(id, "10");
        report(id, "HALF_YEAR", 2026, 1, "ACCEPTED", null, t[0], "10");
        assertThat(status(id, LocalDate.of(2025, 12, 31)).status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(status(id, LocalDate.of(2025, 12, 31)).achievement().share()).isZero();
        assertThat(status(id, LocalDate.of(2026, 6, 29)).achievement().share()).isZero();
        assertThat(status(id, LocalDate.of(2026, 6, 30)).status()).isEqualTo(ItemStatus.DONE);
        assertThat(status(id, LocalDate.of(2026, 6, 30)).explanationKey()).isEqualTo("status.explain.achieved");
    }

    @Test
    void onlyAcceptedReportsCount() {
        long id = item("Năm 2019");
        long[] t = targets(id, "10");
        report(id, "QUARTER", 2019, 1, "SUBMITTED", null, t[0], "4");
        report(id, "QUARTER", 2019, 2, "RETURNED", null, t[0], "4");
        report(id, "QUARTER", 2019, 3, "DRAFT", null, t[0], "4");
        assertThat(status(id, LocalDate.of(2019, 12, 1)).achievement().share()).isZero();
    }

    @Test
    void eachReportGivesItsPeriodAndATargetAddsThemUp() {
        // Target 100: Q1 30 and Q2 50 (one unit), Q2 20 (another unit): 30, then 30+50+20 = 100.
        long id = item("Năm 2019");
        long[] t = targets(id, "100");
        report(id, "QUARTER", 2019, 1, "ACCEPTED", null, t[0], "30");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", null, t[0], "50");
        report(p.choLach().getId(), id, "QUARTER", 2019, 2, "ACCEPTED", null, t[0], "20");
        assertThat(status(id, LocalDate.of(2019, 5, 1)).achievement().percent()).isEqualTo(30);
        assertThat(status(id, LocalDate.of(2019, 7, 1)).status()).isEqualTo(ItemStatus.DONE);
    }

    // --- Share achieved over targets ----------------------------------------------------------------------------

    @Test
    void aTargetNobodyReportedOnCountsZero() {
        // Targets 10 ha (reported 10) and 5 HTX (nobody): (100% + 0%) ÷ 2 = 50%, not "100% of the targets", not done.
        long id = item("Năm 2019");
        long[] t = targets(id, "10", "5");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", null, t[0], "10");
        StatusAssessment s = status(id, LocalDate.of(2019, 7, 1));
        assertThat(s.achievement().percent()).isEqualTo(50);
        assertThat(s.achievement().targets()).isEqualTo(2);
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS); // 49.9% passed, 50% achieved
    }

    @Test
    void targetsAreAveragedEachCappedAtItsValue() {
        // 7 THT: 9 founded → 1 (not more); 3 HTX: 1 → 1/3; 4 contracts: nobody → 0. (1 + 1/3 + 0) ÷ 3 = 4/9 = 44.4%.
        // A target of 0 measures nothing and is left out.
        long id = item("Năm 2019");
        long[] t = targets(id, "7", "3", "4", "0");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", "100", t[0], "9", t[1], "1");
        StatusAssessment s = status(id, LocalDate.of(2019, 7, 1));
        assertThat(s.achievement().basis()).isEqualTo(Achievement.Basis.TARGETS);
        assertThat(s.achievement().targets()).isEqualTo(3);
        assertThat(s.achievement().share()).isCloseTo(4.0 / 9, within());
        assertThat(s.achievement().percent()).isEqualTo(44);
        // 49.9% passed: 5.4 points behind.
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
    }

    @Test
    void everyTargetReachedIsDone() {
        long id = item("Năm 2019");
        long[] t = targets(id, "7", "3");
        report(id, "QUARTER", 2019, 1, "ACCEPTED", null, t[0], "7", t[1], "4");
        StatusAssessment s = status(id, LocalDate.of(2019, 4, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.DONE);
        assertThat(s.achievement().percent()).isEqualTo(100);
    }

    @Test
    void aTargetRaisedAfterTheReportsIsJudgedAgain() {
        // 10 reached with 10; the target raised to 20: 50%.
        long id = item("Năm 2019");
        long[] t = targets(id, "10");
        report(id, "QUARTER", 2019, 1, "ACCEPTED", null, t[0], "10");
        assertThat(status(id, LocalDate.of(2019, 4, 1)).status()).isEqualTo(ItemStatus.DONE);
        items.saveTargets(
                id,
                items.data(id).version(),
                List.of(new TargetData(t[0], "Chỉ tiêu 1", new BigDecimal("20"), "ha", 2019)));
        em.flush();
        StatusAssessment s = status(id, LocalDate.of(2019, 4, 1));
        assertThat(s.status()).isNotEqualTo(ItemStatus.DONE);
        assertThat(s.achievement().percent()).isEqualTo(50);
    }

    @Test
    void withoutTargetsOnlyStaffMakeAnItemDone() {
        // No target to reach: the accepted 100% is its share achieved, but only a mark makes it done (domain.md: done
        // when every target is reached or staff mark it done); it was "done" as soon as a report said 100%.
        long id = item("Năm 2019");
        report(id, "QUARTER", 2019, 2, "ACCEPTED", "100");
        StatusAssessment s = status(id, LocalDate.of(2019, 7, 1));
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(s.achievement().percent()).isEqualTo(100);
        assertThat(status(id, LocalDate.of(2020, 1, 1)).status()).isEqualTo(ItemStatus.OVERDUE);
        markDone(id, LocalDate.of(2019, 7, 2));
        assertThat(status(id, LocalDate.of(2020, 1, 1)).status()).isEqualTo(ItemStatus.DONE);
    }

    // --- Marked done, with its date ------------------------------------------------------------------------------

    @Test
    void markedDoneCountsFromItsDateOn() {
        long id = item("Năm 2019");
        markDone(id, LocalDate.of(2020, 3, 1));
        StatusAssessment after = status(id, LocalDate.of(2022, 5, 1));
        assertThat(after.status()).isEqualTo(ItemStatus.DONE);
        assertThat(after.explanationKey()).isEqualTo("status.explain.markedDone");
        assertThat(after.explanationArgs()[4]).isEqualTo("01/03/2020");
        // Before the mark the item was overdue (ended 31/12/2019, nothing achieved).
        assertThat(status(id, LocalDate.of(2020, 2, 29)).status()).isEqualTo(ItemStatus.OVERDUE);
    }

    // --- Lists and counts --------------------------------------------------------------------------------------------

    @Test
    void countsAndPagesByStatusOnADate() {
        // On 1/7/2019 (49.9% of 2019 passed): "Năm 2018" overdue; "Năm 2019" with nothing achieved at risk (49.9
        // points behind), with 50% in progress; "Năm 2020" not started; one marked done on 1/6/2019.
        long overdue = item("Năm 2018");
        long atRisk = item("Năm 2019");
        long inProgress = item("Năm 2019");
        report(inProgress, "QUARTER", 2019, 2, "ACCEPTED", "50");
        long notStarted = item("Năm 2020");
        long done = item("Năm 2019");
        markDone(done, LocalDate.of(2019, 6, 1));
        LocalDate on = LocalDate.of(2019, 7, 1);
        ItemFilter ofPlan = ItemFilter.ofPlan(plan.getId());
        assertThat(statuses.counts(ofPlan, Scope.ALL, on))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        ItemStatus.OVERDUE, 1L,
                        ItemStatus.AT_RISK, 1L,
                        ItemStatus.IN_PROGRESS, 1L,
                        ItemStatus.NOT_STARTED, 1L,
                        ItemStatus.DONE, 1L));
        assertThat(statuses.ids(
                                new ItemFilter(ItemStatus.AT_RISK, null, null, null, plan.getId(), false),
                                Scope.ALL,
                                on,
                                PageRequest.of(0, 10))
                        .getContent())
                .containsExactly(atRisk);
        var firstTwo = statuses.ids(ofPlan, Scope.ALL, on, PageRequest.of(0, 2));
        assertThat(firstTwo.getContent()).containsExactly(overdue, atRisk);
        assertThat(firstTwo.getTotalElements()).isEqualTo(5);
        assertThat(statuses.ids(ofPlan, Scope.ALL, on, PageRequest.of(1, 4)).getContent())
                .containsExactly(done);
        assertThat(statuses.ids(ofPlan, Scope.ALL, on, PageRequest.of(3, 4)).getTotalElements())
                .isEqualTo(5);
        assertThat(statuses.of(List.of(notStarted), on).get(notStarted).status())
                .isEqualTo(ItemStatus.NOT_STARTED);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private long item(String timeframe) {
        ordinal++;
        ActionItem item = items.save(new ItemData(
                null,
                0,
                plan.getId(),
                section.getId(),
                String.valueOf(ordinal),
                "Nhiệm vụ thử " + ordinal,
                null,
                null,
                timeframe,
                "Sở Công Thương",
                null,
                null,
                null));
        em.flush();
        return item.getId();
    }

    private void markDone(long id, LocalDate on) {
        ItemData d = items.data(id);
        items.save(new ItemData(
                d.id(),
                d.version(),
                d.planId(),
                d.sectionId(),
                d.ordinal(),
                d.content(),
                d.inputActivities(),
                d.expectedOutputs(),
                d.timeframeText(),
                d.lead(),
                d.coordinating(),
                d.supporting(),
                on));
        em.flush();
    }

    /** Targets of the values given; their ids in order. */
    private long[] targets(long id, String... values) {
        List<TargetData> wanted = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            wanted.add(new TargetData(null, "Chỉ tiêu " + (i + 1), new BigDecimal(values[i]), "ha", 2019));
        }
        items.saveTargets(id, items.data(id).version(), wanted);
        em.flush();
        return jdbc
                .sql("select id from target where action_item_id = :id order by id")
                .param("id", id)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private void report(long item, String type, int year, int number, String status, String percent, Object... values) {
        report(p.moCayNam().getId(), item, type, year, number, status, percent, values);
    }

    /** A report row of the unit with its values: target id, amount, target id, amount… */
    private void report(
            long unit, long item, String type, int year, int number, String status, String percent, Object... values) {
        long report = jdbc.sql("""
                        insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                                     period_number, status, percent_complete)
                        values (:item, :unit, :type, :year, :number, :status, :percent) returning id
                        """)
                .param("item", item)
                .param("unit", unit)
                .param("type", type)
                .param("year", year)
                .param("number", number)
                .param("status", status)
                .param("percent", percent == null ? null : new BigDecimal(percent))
                .query(Long.class)
                .single();
        for (int i = 0; i < values.length; i += 2) {
            jdbc.sql("insert into progress_report_value (progress_report_id, target_id, actual_value)"
                            + " values (:report, :target, :value)")
                    .param("report", report)
                    .param("target", values[i])
                    .param("value", new BigDecimal((String) values[i + 1]))
                    .update();
        }
    }

    private StatusAssessment status(long id, LocalDate on) {
        return statuses.of(List.of(id), on).get(id);
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-9);
    }
}

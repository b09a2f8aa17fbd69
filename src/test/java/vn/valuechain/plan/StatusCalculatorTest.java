package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.valuechain.plan.Achievement.TargetProgress;

/** Statuses on dates worked out by hand; comments show the arithmetic. */
class StatusCalculatorTest {

    static final List<Timeframe.Phase> YEAR_2019 =
            TimeframeParser.parse("Năm 2019").phases();
    static final List<Timeframe.Phase> APRIL_TO_DECEMBER_2018_2020 = TimeframeParser.parse(
                    "Từ tháng 04 đến tháng 12 hàng năm (2018-2020)")
            .phases();

    static Achievement achieved(String percent) {
        return Achievement.of(List.of(), new BigDecimal(percent));
    }

    @Test
    void halfWayThroughTheYearWithLessThanHalfDoneIsAtRisk() {
        // 1/7/2019 is day 31+28+31+30+31+30+1 = 182 of 365: 49.9% of the time has passed.
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 7, 1), YEAR_2019, false, achieved("40"));
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(s.elapsedShare()).isEqualTo(182.0 / 365);
        assertThat(s.explanationArgs()).containsExactly(50, 40, "01/01/2019", "31/12/2019");
        assertThat(s.explanationKey()).isEqualTo("status.explain.atRisk");
    }

    @Test
    void halfWayThroughWithMoreThanHalfDoneIsInProgress() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 7, 1), YEAR_2019, false, achieved("55"));
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void beforeTheFirstDayItHasNotStarted() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2018, 12, 31), YEAR_2019, false, Achievement.NONE);
        assertThat(s.status()).isEqualTo(ItemStatus.NOT_STARTED);
        assertThat(s.explanationArgs()).containsExactly(0, 0, "01/01/2019", "31/12/2019");
    }

    @Test
    void onTheFirstDayNothingReportedIsAlreadyBehind() {
        // 1 day of 365 passed, 0% achieved (no accepted report counts as 0).
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 1, 1), YEAR_2019, false, Achievement.NONE);
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(s.achievementKey()).isEqualTo("status.achievement.NONE");
    }

    @Test
    void onTheLastDayNinetyPercentIsStillAtRiskNotOverdue() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 12, 31), YEAR_2019, false, achieved("90"));
        assertThat(s.status()).isEqualTo(ItemStatus.AT_RISK);
        assertThat(s.elapsedPercent()).isEqualTo(100);
    }

    @Test
    void theDayAfterTheEndNotDoneIsOverdue() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2020, 1, 1), YEAR_2019, false, achieved("90"));
        assertThat(s.status()).isEqualTo(ItemStatus.OVERDUE);
        assertThat(s.explanationArgs()).containsExactly(100, 90, "01/01/2019", "31/12/2019");
    }

    @Test
    void markedDoneIsDoneEvenAfterTheEnd() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2022, 5, 1), YEAR_2019, true, Achievement.NONE);
        assertThat(s.status()).isEqualTo(ItemStatus.DONE);
        assertThat(s.explanationKey()).isEqualTo("status.explain.markedDone");
    }

    @Test
    void everyTargetMetIsDone() {
        Achievement all = Achievement.of(
                List.of(
                        new TargetProgress(new BigDecimal("7"), new BigDecimal("7")),
                        new TargetProgress(new BigDecimal("3"), new BigDecimal("4"))),
                null);
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 3, 1), YEAR_2019, false, all);
        assertThat(s.status()).isEqualTo(ItemStatus.DONE);
        assertThat(s.explanationKey()).isEqualTo("status.explain.achieved");
    }

    @Test
    void targetsAreAveragedEachCappedAtTheirValue() {
        // 7 THT: 7 founded → 1 (not more, though 9 were); 3 HTX: 1 founded → 1/3. Average (1 + 1/3) / 2 = 2/3.
        Achievement a = Achievement.of(
                List.of(
                        new TargetProgress(new BigDecimal("7"), new BigDecimal("9")),
                        new TargetProgress(new BigDecimal("3"), new BigDecimal("1")),
                        new TargetProgress(new BigDecimal("4"), null)),
                new BigDecimal("100"));
        assertThat(a.basis()).isEqualTo(Achievement.Basis.TARGETS);
        assertThat(a.targets()).isEqualTo(2);
        assertThat(a.share()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.percent()).isEqualTo(67);
        // Without accepted values against any target, the reported percent counts.
        assertThat(Achievement.of(List.of(new TargetProgress(BigDecimal.TEN, null)), new BigDecimal("35"))
                        .basis())
                .isEqualTo(Achievement.Basis.REPORTED_PERCENT);
    }

    @Test
    void aYearlyPhaseCountsOnlyItsMonths() {
        // April–December is 30+31+30+31+31+30+31+30+31 = 275 days a year; 3 years: 825 days.
        // On 15/2/2019 only the 2018 season has passed: 275/825 = 33.3%, whatever the winter.
        StatusAssessment winter =
                StatusCalculator.assess(LocalDate.of(2019, 2, 15), APRIL_TO_DECEMBER_2018_2020, false, achieved("34"));
        assertThat(winter.elapsedShare()).isEqualTo(275.0 / 825);
        assertThat(winter.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        // On 10/4/2019, 10 more days: 285/825 = 34.5% > 34%.
        StatusAssessment spring =
                StatusCalculator.assess(LocalDate.of(2019, 4, 10), APRIL_TO_DECEMBER_2018_2020, false, achieved("34"));
        assertThat(spring.elapsedShare()).isEqualTo(285.0 / 825);
        assertThat(spring.status()).isEqualTo(ItemStatus.AT_RISK);
        // Before April 2018 it has not started.
        assertThat(StatusCalculator.assess(
                                LocalDate.of(2018, 3, 31), APRIL_TO_DECEMBER_2018_2020, false, Achievement.NONE)
                        .status())
                .isEqualTo(ItemStatus.NOT_STARTED);
    }

    @Test
    void overlappingPhasesAreCountedOnce() {
        // 2018-04..2018-12, 2019, 2020 and 2018-2020: together 1/1/2018–31/12/2020, 365+365+366 = 1096 days.
        List<Timeframe.Phase> phases = TimeframeParser.parse("- Tháng 4 đến tháng 12/2018 2019 Năm 2020 Năm 2018-2020")
                .phases();
        // 31/12/2018 is day 365.
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2018, 12, 31), phases, false, achieved("50"));
        assertThat(s.elapsedShare()).isEqualTo(365.0 / 1096);
        assertThat(s.status()).isEqualTo(ItemStatus.IN_PROGRESS);
    }

    @Test
    void withoutATimeframeTheStatusIsUnknown() {
        StatusAssessment s = StatusCalculator.assess(LocalDate.of(2019, 7, 1), List.of(), false, achieved("10"));
        assertThat(s.status()).isEqualTo(ItemStatus.UNKNOWN);
        assertThat(s.elapsedShare()).isNull();
    }
}

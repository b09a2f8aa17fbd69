package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeframeParserTest {

    @Test
    void everyTimeframeOfTheBenTrePlanParsesAsWorkedOutByHand() {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : BenTreFramework.lines("/plan/timeframes-expected.tsv")) {
            String[] f = line.split("\t");
            expected.put(f[0], f[1]);
        }
        var items = BenTreFramework.items();
        assertThat(items).hasSize(65);
        for (BenTreFramework item : items) {
            Timeframe parsed = TimeframeParser.parse(item.timeframe());
            assertThat(parsed.needsReview())
                    .as("%s.%s \"%s\": %s", item.section(), item.ordinal(), item.timeframe(), parsed.problemKey())
                    .isFalse();
            assertThat(render(parsed))
                    .as("%s.%s \"%s\"", item.section(), item.ordinal(), item.timeframe())
                    .isEqualTo(expected.get(item.timeframe()));
        }
        // The expectations cover exactly the plan's strings, no more.
        assertThat(new TreeSet<>(expected.keySet()))
                .isEqualTo(
                        items.stream().map(BenTreFramework::timeframe).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theExamplesOfTheIssue() {
        assertThat(render(TimeframeParser.parse("6/2018-12/2018"))).isEqualTo("2018-06-01..2018-12-31");
        assertThat(render(TimeframeParser.parse("Năm 2019 - 2020"))).isEqualTo("2019-01-01..2020-12-31");
        assertThat(render(TimeframeParser.parse("2018-2025"))).isEqualTo("2018-01-01..2025-12-31");
        assertThat(render(TimeframeParser.parse("Tháng 3-T8/2019"))).isEqualTo("2019-03-01..2019-08-31");
        assertThat(render(TimeframeParser.parse("2018 2019-2020")))
                .isEqualTo("2018-01-01..2018-12-31; 2019-01-01..2020-12-31");
    }

    @Test
    void severalPhasesGiveTheOverallStartAndEnd() {
        Timeframe t = TimeframeParser.parse("Tháng 4/2018 đến tháng 12/2018. Năm 2019 -2020");
        assertThat(t.phases()).hasSize(2);
        assertThat(t.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(t.end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(t.recurring()).isFalse();
    }

    @Test
    void yearlyRecurrenceKeepsTheMonthsAndTheYears() {
        Timeframe t = TimeframeParser.parse("Từ tháng 04 đến tháng 12 hàng năm (2018-2020)");
        assertThat(t.recurring()).isTrue();
        assertThat(t.start()).isEqualTo(LocalDate.of(2018, 4, 1));
        assertThat(t.end()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void aLabelAfterAColonStaysWithItsPhase() {
        Timeframe t = TimeframeParser.parse("Năm 2018-2019: Đào tạo cho Ban lãnh đạo HTX Thủy sản");
        assertThat(t.phases()).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("Đào tạo cho Ban lãnh đạo HTX Thủy sản");
            assertThat(p.start()).isEqualTo(LocalDate.of(2018, 1, 1));
        });
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15/6/2018 - 30/9/2018                 | 2018-06-15..2018-09-30
            Tháng 11 đến tháng 2/2019             | 2018-11-01..2019-02-28
            Từ tháng 04 đến tháng 12 năm 2019     | 2019-04-01..2019-12-31
            Tháng 6/2018                          | 2018-06-01..2018-06-30
            Hằng năm (2019-2020)                  | 2019-01-01..2020-12-31*
            năm 2019–2020                         | 2019-01-01..2020-12-31
            """)
    void otherWaysOfWritingAPeriod(String text, String phases) {
        assertThat(render(TimeframeParser.parse(text))).isEqualTo(phases);
    }

    @ParameterizedTest(name = "\"{0}\" is for a person to read: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Theo tiến độ dự án                    | timeframe.problem.unknownWord
            Quý V/2019                            | timeframe.problem.unknownWord
            Quý II                                | timeframe.problem.monthWithoutYear
            6 tháng đầu năm                       | timeframe.problem.monthWithoutYear
            Trước 30/6/2026                       | timeframe.problem.deadlineWithoutPlan
            Thường xuyên                          | timeframe.problem.recurringWithoutYears
            Cuối năm 2026                         | timeframe.problem.unknownWord
            Tháng 4                               | timeframe.problem.monthWithoutYear
            Từ tháng 04 đến tháng 12              | timeframe.problem.monthWithoutYear
            Từ tháng 04 đến tháng 12 hàng năm     | timeframe.problem.recurringWithoutYears
            2020-2018                             | timeframe.problem.endBeforeStart
            Tháng 13/2018                         | timeframe.problem.badMonth
            31/2/2019                             | timeframe.problem.badDate
            Năm 1018                              | timeframe.problem.badYear
            Tháng 3 đến tháng 5 (2019-2020)       | timeframe.problem.monthWithoutYear
            -                                     | timeframe.problem.noYear
            """)
    void whatCannotBeReadIsFlaggedNotGuessed(String text, String problem) {
        Timeframe t = TimeframeParser.parse(text);
        assertThat(t.needsReview()).isTrue();
        assertThat(t.problemKey()).isEqualTo(problem);
        assertThat(t.phases()).isEmpty();
        assertThat(t.start()).isNull();
        assertThat(t.text()).isEqualTo(text);
    }

    @Test
    void yearlyWithoutYearsTakesThePlansPeriodWhenThereIsOne() {
        Timeframe t = TimeframeParser.parse("Từ tháng 04 đến tháng 12 hàng năm", 2021, 2025);
        assertThat(render(t)).isEqualTo("2021-04-01..2025-12-31*");
    }

    /** Plans after 2025 write quarters, halves and deadlines; read within a plan for 2026-2030, worked out by hand. */
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý II/2026                           | 2026-04-01..2026-06-30
            quý 3 năm 2026                        | 2026-07-01..2026-09-30
            Q4/2026                               | 2026-10-01..2026-12-31
            Quý I/2027 - Quý III/2027             | 2027-01-01..2027-09-30
            6 tháng đầu năm 2026                  | 2026-01-01..2026-06-30
            6 tháng cuối năm 2026                 | 2026-07-01..2026-12-31
            Trước 30/6/2026                       | 2026-01-01..2026-06-29
            Trước ngày 15/3/2027                  | 2026-01-01..2027-03-14
            Trước tháng 7/2028                    | 2026-01-01..2028-06-30
            đến hết tháng 9/2026                  | 2026-01-01..2026-09-30
            Đến hết năm 2027                      | 2026-01-01..2027-12-31
            Hằng năm                              | 2026-01-01..2030-12-31*
            hàng năm                              | 2026-01-01..2030-12-31*
            Thường xuyên                          | 2026-01-01..2030-12-31*
            - Năm 2026 - Năm 2027 - Năm 2028      | 2026-01-01..2026-12-31; 2027-01-01..2027-12-31; 2028-01-01..2028-12-31
            Năm 2026 - Năm 2027                   | 2026-01-01..2027-12-31
            """)
    void timeframesOfAPlanAfter2025(String text, String phases) {
        Timeframe t = TimeframeParser.parse(text, 2026, 2030);
        assertThat(t.needsReview()).as(t.problemKey()).isFalse();
        assertThat(render(t)).isEqualTo(phases);
    }

    @Test
    void aListOfYearsOnePerLineIsAPhaseEach() {
        assertThat(render(TimeframeParser.parse("- Năm 2018\n- Năm 2019\n- Năm 2020")))
                .isEqualTo("2018-01-01..2018-12-31; 2019-01-01..2019-12-31; 2020-01-01..2020-12-31");
        assertThat(render(TimeframeParser.parse("Năm 2018\nNăm 2019-2020")))
                .isEqualTo("2018-01-01..2018-12-31; 2019-01-01..2020-12-31");
        // On one line without a bullet first, a dash between years is still a range.
        assertThat(render(TimeframeParser.parse("Năm 2018 - Năm 2020"))).isEqualTo("2018-01-01..2020-12-31");
    }

    @Test
    void everyYearIsTheYearsOfThePlansOwnPeriod() {
        assertThat(render(TimeframeParser.parse("Hằng năm", 2018, 2020))).isEqualTo("2018-01-01..2020-12-31*");
        assertThat(render(TimeframeParser.parse("Hằng năm", 2026, 2028))).isEqualTo("2026-01-01..2028-12-31*");
    }

    @Test
    void aTimeframeOutsideThePlansPeriodKeepsItsPhasesAndIsFlagged() {
        Timeframe t = TimeframeParser.parse("Năm 2031", 2026, 2030);
        assertThat(t.needsReview()).isTrue();
        assertThat(t.problemKey()).isEqualTo("timeframe.problem.outsidePlan");
        assertThat(t.problemArg()).isEqualTo("2026–2030");
        assertThat(render(t)).isEqualTo("2031-01-01..2031-12-31");
        // A deadline before the plan starts cannot be read: it would end before it begins.
        assertThat(TimeframeParser.parse("Trước 30/6/2025", 2026, 2030).problemKey())
                .isEqualTo("timeframe.problem.endBeforeStart");
    }

    @Test
    void noTextIsNoTimeframeAndNothingToReview() {
        Timeframe t = TimeframeParser.parse("  ");
        assertThat(t.needsReview()).isFalse();
        assertThat(t.phases()).isEmpty();
    }

    static String render(Timeframe t) {
        return t.phases().stream()
                .map(p -> p.start() + ".." + p.end() + (p.recurringYearly() ? "*" : "")
                        + (p.label() == null ? "" : " «" + p.label() + "»"))
                .collect(Collectors.joining("; "));
    }
}

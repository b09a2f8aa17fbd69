package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/** The database's last day of a report period (vco_period_end, which statuses count by) is ReportPeriod.end(). */
class ReportPeriodEndTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPeriodEndsOnTheSameDayInJavaAndInTheDatabase() {
        // By hand: Q1/2020 ends 31/3, the first half of the leap year 2020 on 30/6, Q1/2019 on 31/3, the year on 31/12.
        assertThat(new ReportPeriod(ReportPeriodType.QUARTER, 2020, 1).end()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(new ReportPeriod(ReportPeriodType.HALF_YEAR, 2020, 2).end()).isEqualTo(LocalDate.of(2020, 12, 31));
        for (int year : new int[] {2019, 2020}) {
            for (ReportPeriodType type : ReportPeriodType.values()) {
                for (int number = 1; number <= 4; number++) {
                    ReportPeriod period = new ReportPeriod(type, year, number);
                    if (!period.isValid()) {
                        continue;
                    }
                    assertThat(jdbc.sql("select vco_period_end(:type, :year, :number)")
                                    .param("type", type.name())
                                    .param("year", year)
                                    .param("number", number)
                                    .query(LocalDate.class)
                                    .single())
                            .as("%s", period)
                            .isEqualTo(period.end());
                }
            }
        }
    }
}

package vn.valuechain.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.support.IntegrationTest;

/**
 * The tests run with the JVM in UTC (surefire's user.timezone): forms' date rules ("not in the future") must still
 * read today in the office's zone, as the pages do.
 */
class ValidationClockTest extends IntegrationTest {

    @Autowired
    ValidatorFactory validators;

    @Test
    void formsJudgeDatesOnTheOfficesCalendar() {
        assertThat(validators.getClockProvider().getClock().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}

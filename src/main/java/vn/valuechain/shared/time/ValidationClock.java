package vn.valuechain.shared.time;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @PastOrPresent} and the like judge a date against the office's calendar, not the server's: on a server in
 * UTC, a delivery of today typed between midnight and 7 a.m. in Vietnam was refused as a future date.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer officeClockForValidation(OfficeTime officeTime) {
        return configuration -> configuration.clockProvider(officeTime::clock);
    }
}

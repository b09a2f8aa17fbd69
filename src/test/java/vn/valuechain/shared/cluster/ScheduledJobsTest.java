package vn.valuechain.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/** A periodic job is claimed by one server per period, whichever asks first. */
class ScheduledJobsTest extends IntegrationTest {

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstClaimOfAPeriodWinsAndTheOthersSkip() {
        assertThat(jobs.claim("test-job-a", Duration.ofMinutes(5))).isTrue();
        assertThat(jobs.claim("test-job-a", Duration.ofMinutes(5)))
                .as("another server, same period")
                .isFalse();
        assertThat(jobs.claim("test-job-b", Duration.ofMinutes(5)))
                .as("another job")
                .isTrue();
    }

    @Test
    void aJobIsDueAgainOnceItsPeriodHasPassed() {
        assertThat(jobs.claim("test-job-c", Duration.ofMinutes(5))).isTrue();
        jdbc.sql("update scheduled_job set last_run = now() - interval '6 minutes' where name = 'test-job-c'")
                .update();
        assertThat(jobs.claim("test-job-c", Duration.ofMinutes(5))).isTrue();
        assertThat(jobs.claim("test-job-c", Duration.ofMinutes(5))).isFalse();
    }
}

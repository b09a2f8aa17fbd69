package vn.valuechain.shared.cluster;

import java.time.Duration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A periodic job runs once per period across all servers: each server's timer fires, and the one that moves the job's
 * last run forward (a single atomic statement on {@code scheduled_job}) runs it; the others skip that period.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ScheduledJobs {

    private final JdbcClient jdbc;

    /** Whether this server runs the job now: true for at most one caller per {@code period}. */
    public boolean claim(String job, Duration period) {
        return jdbc.sql("""
                        insert into scheduled_job (name, last_run) values (:name, now())
                        on conflict (name) do update set last_run = now()
                        where scheduled_job.last_run <= now() - make_interval(secs => :seconds)""")
                        .param("name", job)
                        .param("seconds", period.toSeconds())
                        .update()
                == 1;
    }
}

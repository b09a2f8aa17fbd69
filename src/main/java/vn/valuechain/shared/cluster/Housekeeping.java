package vn.valuechain.shared.cluster;

import java.time.Duration;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.imports.PendingUploads;
import vn.valuechain.shared.table.ExportProgress;

/**
 * Once a minute, on one server of however many share the database: deletes expired sessions (Spring Session's own
 * timer is off, see application.properties), uploads past their hour, and the progress of finished exports.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Housekeeping {

    static final String JOB = "housekeeping";
    static final Duration PERIOD = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final ScheduledJobs jobs;
    private final JdbcIndexedSessionRepository sessions;
    private final PendingUploads uploads;
    private final ExportProgress exports;

    // Claimed for a little less than the timer's period, so that a server whose timer is late still finds it due.
    @Scheduled(fixedRate = 60_000, initialDelay = 60_000)
    void everyMinute() {
        if (jobs.claim(JOB, PERIOD.minusSeconds(10))) {
            run();
        }
    }

    void run() {
        sessions.cleanUpExpiredSessions();
        int files = uploads.forgetOld();
        int progress = exports.forgetOld();
        log.debug("Housekeeping: forgot {} uploads and {} export counts", files, progress);
    }
}

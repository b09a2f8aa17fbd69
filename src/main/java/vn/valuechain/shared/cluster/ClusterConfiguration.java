package vn.valuechain.shared.cluster;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Several application servers on one database: sessions in PostgreSQL (Spring Session JDBC, tables from V80),
 * periodic work claimed by one server at a time ({@link ScheduledJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {

    static final long LAST_ACCESS_WRITTEN_AFTER_MS = 30_000;

    // The parameters in Spring Session's order: id, last access, timeout, expiry, user, primary key.
    static final String UPDATE_SESSION = """
            UPDATE %TABLE_NAME% AS s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time, PRINCIPAL_NAME = v.principal_name
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS BIGINT),
                          CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
                 AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
            WHERE s.PRIMARY_ID = v.primary_id
              AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                   OR v.last_access_time - s.LAST_ACCESS_TIME >= """ + LAST_ACCESS_WRITTEN_AFTER_MS + ")";

    @Bean
    static SessionReadOnce sessionReadOnce() {
        return new SessionReadOnce();
    }

    // Outside Spring Session's filter, on the dispatches it runs on (spring.session.servlet.filter-dispatcher-types).
    @Bean
    FilterRegistrationBean<Filter> sessionReadOnceRequests(SessionReadOnce readOnce) {
        var registration = new FilterRegistrationBean<>(readOnce.requests());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    // Writes a session's attributes with "on conflict do update": two requests of one user on two servers may set
    // the same attribute at once.
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionQueries() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Every request moves its session's last access, and Spring Session writes that each time: an UPDATE and a commit
     * that waits for the write-ahead log, on every page and on each of its panels. The session's row is written when
     * its id, timeout or user changed, or its last access moved {@value #LAST_ACCESS_WRITTEN_AFTER_MS} ms or more;
     * otherwise the statement matches no row and writes nothing. A session then ends at most that long before its
     * timeout counted from the last request, well inside the two minutes the page warns ahead (app.js).
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenNowAndThen() {
        return sessions -> sessions.setUpdateSessionQuery(UPDATE_SESSION);
    }
}

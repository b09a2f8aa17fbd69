package vn.valuechain.shared.cluster;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Several application servers on one database: sessions in PostgreSQL (Spring Session JDBC, tables from V80),
 * periodic work claimed by one server at a time ({@link ScheduledJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClusterConfiguration {

    // Writes a session's attributes with "on conflict do update": two requests of one user on two servers may set
    // the same attribute at once.
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionQueries() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}

package vn.valuechain.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: real PostgreSQL binaries from Maven Central, data kept in {@code ./data/pg}.
 * Active only when no {@code spring.datasource.url} is configured, so a real server replaces it
 * through the ordinary Spring properties.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    // Closed as a bean after the pool (which depends on it) has closed; no zonky shutdown hook.
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${app.embedded-db.data-dir:./data/pg}") String dataDir,
            @Value("${app.embedded-db.port:0}") int port,
            @Value("${app.embedded-db.watch-interval:2s}") Duration watchInterval)
            throws IOException {
        log.info(
                "Starting embedded PostgreSQL with data in {}", Path.of(dataDir).toAbsolutePath());
        return EmbeddedDatabase.start(Path.of(dataDir), port, watchInterval);
    }

    // The pool's settings (size, timeouts, statement timeout) are read from spring.datasource.hikari.*, as for
    // any other server.
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(database.jdbcUrl());
        ds.setUsername(database.username());
        ds.setPassword(database.password());
        ds.setPoolName("embedded-pg");
        return ds;
    }
}

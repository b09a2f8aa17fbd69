package vn.valuechain.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
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
    EmbeddedPostgres embeddedPostgres(
            @Value("${app.embedded-db.data-dir:./data/pg}") String dataDir,
            @Value("${app.embedded-db.port:0}") int port)
            throws IOException {
        Path dir = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(dir);
        OrphanedPostmaster.stopIfRunning(dir);
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky tunes for throw-away test databases (fsync off); this one keeps real data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    // The pool's settings (size, timeouts, statement timeout) are read from spring.datasource.hikari.*, as for
    // any other server.
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setPoolName("embedded-pg");
        return ds;
    }
}

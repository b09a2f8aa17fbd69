package vn.valuechain.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Backups from the command line (README): {@code --app.backup-to=FILE} writes the backup and stops;
 * {@code --app.restore-from=FILE} fills an empty database from a backup before the application starts on it.
 * A running application's administrator downloads one at {@code /admin/backup}.
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BackupConfiguration.class);

    /** Flyway runs here at start-up: a restore first builds the backup's schema version, then migrates on. */
    @Bean
    FlywayMigrationStrategy restoreOrMigrate(@Value("${app.restore-from:}") String restoreFrom) {
        return flyway -> {
            if (restoreFrom.isBlank()) {
                flyway.migrate();
                return;
            }
            log.info("Restoring the database from {}", restoreFrom);
            try (InputStream in = Files.newInputStream(Path.of(restoreFrom))) {
                DatabaseBackup.restore(flyway, in);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("Could not restore " + restoreFrom, e);
            }
        };
    }

    @Bean
    ApplicationRunner backupAndStop(
            @Value("${app.backup-to:}") String backupTo,
            DataSource dataSource,
            ConfigurableApplicationContext context) {
        return args -> {
            if (backupTo.isBlank()) {
                return;
            }
            Path target = Path.of(backupTo).toAbsolutePath();
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                long rows = DatabaseBackup.write(dataSource, out);
                log.info("Backup of {} rows written to {}", rows, target);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            System.exit(SpringApplication.exit(context, () -> 0));
        };
    }
}

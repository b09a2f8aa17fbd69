package vn.valuechain.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server is closed to the rest of the machine, and comes back by itself when it dies. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void refusesAConnectionWithoutThePasswordAndKeepsThePasswordPrivate() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0, Duration.ofHours(1))) {
            assertRefusedWithout(db);
            assertThat(Files.getPosixFilePermissions(db.dataDir().resolve(EmbeddedDatabase.PASSWORD_FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(db.password()).hasSize(32);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement s = c.createStatement()) {
                assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(s, "unix_socket_directories")).isEmpty();
                assertThat(setting(s, "password_encryption")).isEqualTo("scram-sha-256");
                try (ResultSet rs = s.executeQuery(
                        "select type, auth_method, address from pg_hba_file_rules where error is null")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                            .isEqualTo("host scram-sha-256 127.0.0.1");
                    assertThat(rs.next()).as("only one rule").isFalse();
                }
            }
            assertThat(Path.of("/tmp/.s.PGSQL." + db.port())).doesNotExist();
        }
    }

    @Test
    void aDirectoryThatTrustedEveryoneGetsAPasswordAtItsNextStart() throws Exception {
        Path dataDir = dir.resolve("pg");
        // As earlier versions made it: zonky's defaults, trust for every local connection.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('Chuỗi bưởi da xanh')");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0, Duration.ofHours(1))) {
            assertRefusedWithout(db);
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select name from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Chuỗi bưởi da xanh");
            }
        }
        // And the next start uses the stored password.
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0, Duration.ofHours(1));
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void aSecondApplicationOnTheSameDirectoryIsRefusedAndTheFirstKeepsItsServer() throws Exception {
        Path dataDir = dir.resolve("pg");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0, Duration.ofHours(1))) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, 0, Duration.ofHours(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), first.username(), first.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aServerThatDiesIsStartedAgainAndThePoolReconnects() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("pg"), 0, Duration.ofMillis(200));
                HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(db.jdbcUrl());
            pool.setUsername(db.username());
            pool.setPassword(db.password());
            pool.setConnectionTimeout(2000);
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("create table kept (n int)");
                s.execute("insert into kept values (7)");
            }
            long pid = Long.parseLong(Files.readAllLines(db.dataDir().resolve("postmaster.pid"))
                    .get(0)
                    .trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            postmaster.destroyForcibly();
            postmaster.onExit().join();

            Instant giveUp = Instant.now().plusSeconds(120);
            Integer value = null;
            while (value == null && Instant.now().isBefore(giveUp)) {
                try (Connection c = pool.getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select n from kept")) {
                    rs.next();
                    value = rs.getInt(1);
                } catch (SQLException e) {
                    Thread.sleep(200); // down until the watchdog has started it again
                }
            }
            assertThat(value).isEqualTo(7);
            assertThat(db.isRunning()).isTrue();
        }
    }

    private static void assertRefusedWithout(EmbeddedDatabase db) {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", db.username());
        assertThatThrownBy(() ->
                        DriverManager.getConnection(db.jdbcUrl(), noPassword).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "postgres")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}

package vn.valuechain.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps its data in a directory; a JVM killed with {@code kill -9} leaves its postmaster
 * running, and the next start must stop that orphan and come up with the data intact.
 */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dir;

    @Test
    void startsAgainAfterTheJvmWasKilledAndKeepsTheData() throws Exception {
        Path dataDir = dir.resolve("pg");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledJvmChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // the child's log until it is ready
            }
            assertThat(line).as("child JVM started PostgreSQL").isEqualTo("READY");
        }
        long postmasterPid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());

        child.destroyForcibly(); // SIGKILL, as kill -9
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive))
                .as("orphaned postmaster")
                .contains(true);

        EmbeddedPostgresConfiguration config = new EmbeddedPostgresConfiguration();
        EmbeddedPostgres restarted = config.embeddedPostgres(dataDir.toString(), 0);
        try {
            assertThat(ProcessHandle.of(postmasterPid)
                            .map(ProcessHandle::isAlive)
                            .orElse(false))
                    .isFalse();
            DataSource ds = restarted.getPostgresDatabase();
            try (Connection c = ds.getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select name from survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Hợp tác xã dừa Mỹ Hòa");
            }
        } finally {
            restarted.close();
        }
    }

    @Test
    void aStalePidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
        Files.createDirectories(dir);
        Path pidFile = dir.resolve("postmaster.pid");
        Files.writeString(pidFile, "999999999\n" + dir + "\n");
        OrphanedPostmaster.stopIfRunning(dir);
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void aLiveProcessThatIsNotThisDirectorysPostgresIsLeftAlone() throws Exception {
        Files.createDirectories(dir);
        Path pidFile = dir.resolve("postmaster.pid");
        long myPid = ProcessHandle.current().pid();
        Files.writeString(pidFile, myPid + "\n" + dir + "\n");
        OrphanedPostmaster.stopIfRunning(dir);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(pidFile).doesNotExist();
    }
}

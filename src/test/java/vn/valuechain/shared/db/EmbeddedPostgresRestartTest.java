package vn.valuechain.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps its data in a directory; a JVM killed with {@code kill -9} while a session was busy leaves
 * its server running, and the next start must end that server (postmaster and busy backend) and come up with the
 * data intact.
 */
class EmbeddedPostgresRestartTest {

    @TempDir
    Path dir;

    @Test
    void startsAgainAfterTheJvmWasKilledWhileASessionWasBusy() throws Exception {
        Path dataDir = dir.resolve("pg");
        long postmasterPid = killChildLeavingItsServer(dataDir);
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive))
                .as("orphaned postmaster")
                .contains(true);

        assertStartsWithTheData(dataDir);
        assertThat(ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    @Test
    void startsAgainWhenOnlyTheBusyBackendOutlivedItsPostmaster() throws Exception {
        Path dataDir = dir.resolve("pg");
        long postmasterPid = killChildLeavingItsServer(dataDir);
        ProcessHandle postmaster = ProcessHandle.of(postmasterPid).orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        // The busy backend still holds the old shared memory: this was "pre-existing shared memory block is still
        // in use" before.
        assertThat(OrphanedPostmaster.serverProcesses(dataDir.toRealPath())).isNotEmpty();

        assertStartsWithTheData(dataDir);
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

    /** A child JVM starts the server, keeps a session busy, and is killed; returns the orphaned postmaster's pid. */
    private long killChildLeavingItsServer(Path dataDir) throws Exception {
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
            while ((line = out.readLine()) != null && !line.startsWith("READY")) {
                // the child's log until it is ready
            }
            assertThat(line).as("child JVM started PostgreSQL").startsWith("READY");
        }
        long postmasterPid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(OrphanedPostmaster.serverProcesses(dataDir.toRealPath()))
                .as("postmaster, its helpers and the busy backend")
                .hasSizeGreaterThan(2);

        child.destroyForcibly(); // SIGKILL, as kill -9
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return postmasterPid;
    }

    private static void assertStartsWithTheData(Path dataDir) throws Exception {
        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir, 0, Duration.ofHours(1));
                Connection c =
                        DriverManager.getConnection(restarted.jdbcUrl(), restarted.username(), restarted.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from survivor")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hợp tác xã dừa Mỹ Hòa");
        }
    }
}

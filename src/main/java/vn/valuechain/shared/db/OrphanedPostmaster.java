package vn.valuechain.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with {@code kill -9} leaves its postmaster running and its {@code postmaster.pid} behind,
 * and the next start then fails. This stops that orphan: only the process named in the pid file,
 * and only if it is a postgres process serving this data directory.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (RuntimeException e) {
            log.warn("Unreadable {}; removing it", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(p -> isPostgresOf(p, dataDir));
        if (process.isEmpty()) {
            log.info("Removing stale {} (process {} is gone)", pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        log.warn("Stopping the PostgreSQL server (pid {}) left running by an earlier start", pid);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
        if (!waitForExit(postmaster, Duration.ofSeconds(30))) {
            postmaster.destroyForcibly();
            waitForExit(postmaster, Duration.ofSeconds(10));
        }
        // The server removes its pid file on a clean stop; after a forced one it is stale.
        for (int i = 0; i < 50 && Files.exists(pidFile) && postmaster.isAlive(); i++) {
            sleep(100);
        }
        Files.deleteIfExists(pidFile);
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDir) {
        // /proc/<pid>/cmdline is the reliable source on Linux; ProcessHandle.Info may hide arguments.
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                String cmd = new String(Files.readAllBytes(cmdline)).replace('\0', ' ');
                return cmd.contains("postgres") && cmd.contains(dataDir.toString());
            }
        } catch (IOException e) {
            return false;
        }
        return process.info().command().map(c -> c.contains("postgres")).orElse(false);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

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
 * A JVM killed with {@code kill -9} leaves its PostgreSQL server running, and the next start then fails: on
 * {@code postmaster.pid}, or, when the postmaster died too but a busy backend did not, on "pre-existing shared memory
 * block is still in use". This ends that server: only postgres processes working in this data directory (a server
 * and its backends chdir into it), never another server of the machine.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Path PROC = Path.of("/proc");

    private OrphanedPostmaster() {}

    static void stopIfRunning(Path dataDir) throws IOException {
        Path dir = dataDir.toRealPath();
        Path pidFile = dir.resolve("postmaster.pid");
        List<ProcessHandle> processes = serverProcesses(dir);
        if (processes.isEmpty()) {
            if (Files.deleteIfExists(pidFile)) {
                log.info("Removed stale {} (no server of this directory runs)", pidFile);
            }
            return;
        }
        log.warn(
                "Stopping the PostgreSQL server of {} left running by an earlier start ({} processes)",
                dir,
                processes.size());
        Optional<ProcessHandle> postmaster = postmasterPid(pidFile)
                .flatMap(pid -> processes.stream().filter(p -> p.pid() == pid).findFirst());
        if (postmaster.isPresent()) {
            // SIGINT is PostgreSQL's fast shutdown: it ends the sessions (also a busy one) and writes a checkpoint.
            signal(postmaster.get(), "INT");
            waitForExit(postmaster.get(), Duration.ofSeconds(30));
        }
        // Whatever is left has no postmaster to coordinate it (or refused to stop): a backend still attached to the
        // old shared memory would keep the next server from starting.
        for (ProcessHandle left : serverProcesses(dir)) {
            log.warn("Killing PostgreSQL process {} of {}", left.pid(), dir);
            left.destroyForcibly();
            waitForExit(left, Duration.ofSeconds(10));
        }
        Files.deleteIfExists(pidFile);
    }

    /** The postgres processes whose working directory is this data directory. */
    static List<ProcessHandle> serverProcesses(Path realDir) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return List.of(); // not Linux: the pid file alone cannot tell a live server of this directory
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> isPostgresIn(p.pid(), realDir))
                .toList();
    }

    private static boolean isPostgresIn(long pid, Path realDir) {
        Path proc = PROC.resolve(Long.toString(pid));
        try {
            return Files.readString(proc.resolve("comm")).trim().equals("postgres")
                    && proc.resolve("cwd").toRealPath().equals(realDir);
        } catch (IOException | RuntimeException e) {
            return false; // gone meanwhile, or not ours to look at
        }
    }

    private static Optional<Long> postmasterPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // still alive: the caller kills what is left
        }
    }
}

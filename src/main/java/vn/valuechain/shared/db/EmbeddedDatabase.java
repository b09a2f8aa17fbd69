package vn.valuechain.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server of a default install, closed to the rest of the machine: it listens on
 * 127.0.0.1 only, has no Unix socket, and takes only password (SCRAM) connections. The password is generated
 * at initdb and kept in {@value #PASSWORD_FILE} in the data directory, readable by the application's user only.
 * A data directory made by an earlier version (trust for everyone) gets a password at its next start.
 * <p>
 * A watchdog starts the server again when it dies under the running application, on the same port, so the pool
 * reconnects by itself.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class EmbeddedDatabase implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "app-password";
    private static final String HBA = """
            # Written by the application at every start: password (SCRAM) over TCP from this machine only,
            # no Unix-socket connections. Edits here are replaced.
            host all all 127.0.0.1/32 scram-sha-256
            """;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Path dataDir;
    private final int port;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embedded-pg-watchdog");
        t.setDaemon(true);
        return t;
    });
    private volatile String password;
    private volatile EmbeddedPostgres server;
    private volatile boolean closed;

    /** Starts the server of this data directory; {@code port} 0 picks a free one, kept for every restart. */
    static EmbeddedDatabase start(Path dataDir, int port, Duration watchInterval) throws IOException {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        EmbeddedDatabase db = new EmbeddedDatabase(dir, port > 0 ? port : freePort());
        try {
            db.startServer();
        } catch (IOException | RuntimeException e) {
            db.watchdog.shutdownNow();
            throw e;
        }
        log.info("Embedded PostgreSQL of {} listens on 127.0.0.1:{} (password in {})", dir, db.port, PASSWORD_FILE);
        long millis = watchInterval.toMillis();
        db.watchdog.scheduleWithFixedDelay(db::restartIfDead, millis, millis, TimeUnit.MILLISECONDS);
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    String username() {
        return USER;
    }

    String password() {
        return password;
    }

    int port() {
        return port;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Whether the server's postmaster is alive (its pid file names a live process). */
    boolean isRunning() {
        try {
            long pid = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Called by the watchdog: a server that died (crash, kill, someone's pg_ctl stop) is started again. */
    synchronized void restartIfDead() {
        if (closed || isRunning()) {
            return;
        }
        log.warn("The embedded PostgreSQL server of {} is not running; starting it again", dataDir);
        try {
            closeServer();
            startServer();
            log.info("The embedded PostgreSQL server runs again on port {}", port);
        } catch (IOException | RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL server again; will retry", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watchdog.shutdownNow();
        closeServer();
    }

    private void closeServer() {
        EmbeddedPostgres old = server;
        server = null;
        if (old != null) {
            try {
                old.close(); // stops the server if it still runs, and releases the directory's lock
            } catch (IOException e) {
                log.warn("Closing the embedded PostgreSQL server failed", e);
            }
        }
    }

    private void startServer() throws IOException {
        refuseIfInUse();
        OrphanedPostmaster.stopIfRunning(dataDir);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        // initdb needs an empty directory: the new password waits beside it until the server is made.
        Path pending = dataDir.resolveSibling(dataDir.getFileName() + ".initdb-password");
        boolean initialized = Files.exists(dataDir.resolve("postgresql.conf"));
        EmbeddedPostgres.Builder builder = builder();
        if (!initialized) {
            writeSecret(pending, generatePassword());
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pending.toString());
        }
        boolean legacy = initialized && !Files.exists(passwordFile) && !Files.exists(pending);
        if (legacy) {
            log.warn("The database in {} has no password yet (made by an earlier version): setting one", dataDir);
        } else {
            password = Files.readString(Files.exists(passwordFile) ? passwordFile : pending)
                    .trim();
            builder.setConnectConfig("password", password).setDataDirectoryCustomizer(dir -> {
                try {
                    Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
                    if (Files.exists(pending)) {
                        Files.move(pending, passwordFile, StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("Could not secure " + dataDir, e);
                }
            });
        }
        server = builder.start();
        if (legacy) {
            secureLegacyServer(passwordFile);
        }
    }

    private EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "''")
                // zonky tunes for throw-away test databases (fsync off); this one keeps real data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
    }

    /** An old data directory trusted every local connection: give the superuser a password, then require it. */
    private void secureLegacyServer(Path passwordFile) throws IOException {
        String generated = generatePassword();
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            // The alphabet has no quote: the literal cannot be broken out of.
            s.execute("alter role " + USER + " password '" + generated + "'");
            writeSecret(passwordFile, generated);
            Files.writeString(dataDir.resolve("pg_hba.conf"), HBA);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the password of the database in " + dataDir, e);
        }
        password = generated;
    }

    /** Another running instance of the application owns this directory: never take its server away. */
    private void refuseIfInUse() throws IOException {
        Path lockFile = dataDir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The database directory " + dataDir
                        + " is in use by another running instance of the application");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("The database directory " + dataDir + " is already in use", e);
        }
    }

    private static void writeSecret(Path file, String secret) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, secret + "\n");
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

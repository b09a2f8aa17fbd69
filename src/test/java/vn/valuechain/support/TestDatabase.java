package vn.valuechain.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL server per test JVM, never the developer's ./data directory. In order of preference:
 * the server named by TEST_DB_URL (with TEST_DB_USERNAME / TEST_DB_PASSWORD), a Testcontainers
 * PostgreSQL 17 where Docker runs, or embedded PostgreSQL 17 binaries in a fresh temporary directory.
 */
public final class TestDatabase {

    private static String url;
    private static String username;
    private static String password;
    private static final java.util.Map<String, String> OWN = new java.util.HashMap<>();

    /**
     * Every test context the run keeps (Spring caches them) holds its pool: at Hikari's default of ten open
     * connections each, the twenty-odd contexts of the suite asked the server for more than its 100 ("sorry, too many
     * clients already"). A test context keeps one idle connection, and returns the others after 10 s unused.
     */
    private static final java.util.Map<String, Object> POOL = java.util.Map.of(
            "spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout", "10000");

    private TestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, url());
    }

    /**
     * A new, empty database of that server, for a context that must not share data with the others (it commits
     * what it does, or it stops its server). The server's user needs the right to create databases.
     */
    public static synchronized String createDatabase(String name) {
        start();
        try (Connection c = DriverManager.getConnection(url, username, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /**
     * A database of the test class's own ({@link #createDatabase}): for a test whose application commits what the
     * browser does, so that the classes sharing the common database never see its records.
     */
    public static void registerOwn(DynamicPropertyRegistry registry, String name) {
        register(registry, createDatabase(name));
    }

    /** Points the context at a database of {@link #createDatabase}. */
    public static void register(DynamicPropertyRegistry registry, String databaseUrl) {
        connectingTo(databaseUrl).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The settings of a database of one's own ({@link #createDatabase}), created once per name in this JVM: for an
     * application started by hand (see {@code TwoServersTest}) or an {@link OwnDatabase} class.
     */
    public static synchronized java.util.Map<String, Object> ownProperties(String name) {
        return connectingTo(OWN.computeIfAbsent(name, TestDatabase::createDatabase));
    }

    /** The shared database's settings as properties. */
    public static java.util.Map<String, Object> properties() {
        return connectingTo(url());
    }

    /** The settings of a context on that database of the test server, its pool included. */
    private static java.util.Map<String, Object> connectingTo(String databaseUrl) {
        start();
        java.util.Map<String, Object> settings = new java.util.HashMap<>(POOL);
        settings.put("spring.datasource.url", databaseUrl);
        settings.put("spring.datasource.username", username);
        settings.put("spring.datasource.password", password);
        return settings;
    }

    private static synchronized void start() {
        if (url != null) {
            return;
        }
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            username = System.getenv().getOrDefault("TEST_DB_USERNAME", "postgres");
            password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
        } else if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
        } else {
            try {
                EmbeddedPostgres pg =
                        EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
                url = pg.getJdbcUrl("postgres", "postgres");
                username = "postgres";
                password = "";
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL for the tests", e);
            }
        }
    }

    private static String url() {
        start();
        return url;
    }

    public static String username() {
        start();
        return username;
    }

    public static String password() {
        start();
        return password;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}

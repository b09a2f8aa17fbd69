package vn.valuechain.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.valuechain.support.Accounts;
import vn.valuechain.support.HttpSession;
import vn.valuechain.support.TestData;

/**
 * The database server stops under the running application and starts again: meanwhile every page says in
 * Vietnamese that the database cannot be reached (503), a right password is never called wrong, health is DOWN;
 * afterwards the same application serves again without a restart. The server is this test's own, so that stopping
 * it disturbs no other test; the application uses it as an external server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

    private static Path dataDir;
    private static int dbPort;
    private static EmbeddedPostgres server;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("vco-outage");
        try (ServerSocket socket = new ServerSocket(0)) {
            dbPort = socket.getLocalPort();
        }
        server = start();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + dbPort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void pagesSayTheDatabaseIsUnreachableAndServeAgainOnceItIsBack() throws Exception {
        Accounts.create(jdbc, encoder, "outage-staff", "STAFF", null);
        HttpSession signedIn = new HttpSession(port);
        assertThat(signedIn.signIn("outage-staff", TestData.PASSWORD)).isEqualTo("/");
        assertThat(signedIn.get("/chains").statusCode()).isEqualTo(200);

        server.close(); // pg_ctl stop: the server is gone

        HttpResponse<String> page = signedIn.get("/chains");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body())
                .contains("Tạm thời không kết nối được cơ sở dữ liệu")
                .contains("lang=\"vi\"")
                .doesNotContain("HTTP Status")
                .doesNotContain("Whitelabel");
        // A monitor asks without a session: it gets the actuator's answer. A signed-in user's session lives in the
        // database (several servers), so their request gets the page above, with the same status.
        HttpResponse<String> health = new HttpSession(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(signedIn.get("/actuator/health").statusCode()).isEqualTo(503);

        HttpSession newcomer = new HttpSession(port);
        // A newcomer's session, and the sign-in form's token in it, would be kept in the database: the sign-in page and
        // a sign-in both say why, and a right password is never called wrong.
        HttpResponse<String> form = newcomer.get("/login");
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("Tạm thời không kết nối được cơ sở dữ liệu");
        HttpResponse<String> attempt =
                newcomer.post("/login", java.util.Map.of("username", "outage-staff", "password", TestData.PASSWORD));
        assertThat(attempt.statusCode())
                .as("a right password is not called wrong")
                .isEqualTo(503);
        assertThat(attempt.headers().firstValue("Location")).isEmpty();
        assertThat(attempt.body()).contains("Tạm thời không kết nối được cơ sở dữ liệu");

        server = start(); // the same server again, as an administrator would

        Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(giveUp)) {
            status = signedIn.get("/chains").statusCode();
            if (status != 200) {
                assertThat(status).as("while the pool reconnects").isEqualTo(503);
                Thread.sleep(250);
            }
        }
        assertThat(status).as("the same session serves again").isEqualTo(200);
        assertThat(signedIn.get("/actuator/health").body()).contains("UP");
        assertThat(new HttpSession(port).signIn("outage-staff", TestData.PASSWORD))
                .isEqualTo("/");
    }

    private static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(dbPort)
                .start();
    }
}

package vn.valuechain.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.valuechain.support.Accounts;
import vn.valuechain.support.HttpSession;
import vn.valuechain.support.ServerTest;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.TestData;

/**
 * A signed-in request reads its session from the database once, also when its response is committed before it ends
 * (a page longer than the response's buffer, a JSON answer), when Spring Session commits the session twice; the next
 * request reads it again, so that signing out ends it.
 */
@Import(StatementCounter.class)
class SessionReadOnceTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    StatementCounter statements;

    @Test
    void aRequestReadsItsSessionOnce() throws Exception {
        Accounts.create(jdbc, encoder, "session-read-once", "ADMIN", null);
        HttpSession admin = session();
        assertThat(admin.signIn("session-read-once", TestData.PASSWORD)).isEqualTo("/");

        for (String page : List.of("/", "/cooperatives", "/api/v1/dashboard")) {
            statements.takeSql();
            HttpResponse<String> response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(sessionReads(statements.takeSql())).as(page).isEqualTo(1);
        }
        assertThat(admin.get("/").body().length())
                .as("the home page is committed before its request ends")
                .isGreaterThan(8192);

        assertThat(admin.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aRequestWritesItsSessionOnlyWhenItChangedOrItsLastAccessMovedFarEnough() throws Exception {
        Accounts.create(jdbc, encoder, "session-written", "ADMIN", null);
        HttpSession admin = session();
        assertThat(admin.signIn("session-written", TestData.PASSWORD)).isEqualTo("/");
        assertThat(admin.get("/").statusCode()).isEqualTo(200);

        statements.takeSql();
        assertThat(admin.get("/cooperatives").statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/dashboard").statusCode()).isEqualTo(200);
        assertThat(sessionWrites(statements.takeSql()))
                .as("a moment after the last request nothing of the session is written")
                .isEmpty();

        long longAgo = System.currentTimeMillis() - ClusterConfiguration.LAST_ACCESS_WRITTEN_AFTER_MS - 1_000;
        jdbc.sql("update spring_session set last_access_time = :at where principal_name = 'session-written'")
                .param("at", longAgo)
                .update();
        assertThat(admin.get("/cooperatives").statusCode()).isEqualTo(200);
        assertThat(sessionWrites(statements.takeSql()))
                .as("the last access moved far enough: written once, not again when the request ends")
                .hasSize(1);
        assertThat(jdbc.sql("select last_access_time from spring_session where principal_name = 'session-written'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(longAgo);

        assertThat(admin.post("/notifications/read-all", Map.of()).statusCode()).isEqualTo(302);
        assertThat(sessionWrites(statements.takeSql()))
                .as("the message for the next page is written to the session")
                .isNotEmpty();
        assertThat(admin.get("/notifications").body()).contains("Đã đánh dấu tất cả là đã đọc.");
    }

    private static List<String> sessionWrites(List<String> sql) {
        return sql.stream()
                .filter(s -> s.startsWith("UPDATE SPRING_SESSION") || s.startsWith("INSERT INTO SPRING_SESSION"))
                .toList();
    }

    private static long sessionReads(List<String> sql) {
        return sql.stream()
                .filter(s -> s.startsWith("SELECT S.PRIMARY_ID, S.SESSION_ID"))
                .count();
    }
}

package vn.valuechain.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/** What the once-a-minute job forgets: expired sessions, uploads past their hour, progress of old exports. */
class HousekeepingTest extends IntegrationTest {

    @Autowired
    Housekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void forgetsWhatIsPastItsTimeAndKeepsTheRest() {
        long now = System.currentTimeMillis();
        session("00000000-0000-0000-0000-00000000old1", now - 3_600_000);
        session("00000000-0000-0000-0000-00000000new1", now + 1_800_000);
        upload("oldupload00000000000000000000001", "2 hours");
        upload("newupload00000000000000000000001", "1 minute");
        jdbc.sql("insert into export_progress (token, username, started_at) values "
                        + "('old-export-hk', 'ana', now() - interval '2 hours'), ('new-export-hk', 'ana', now())")
                .update();

        housekeeping.run();

        assertThat(ids("select primary_id from spring_session where primary_id like '00000000-0000-0000-0000-%'"))
                .containsExactly("00000000-0000-0000-0000-00000000new1");
        assertThat(ids("select token from pending_upload where token like '%upload0000%'"))
                .containsExactly("newupload00000000000000000000001");
        assertThat(ids("select token from export_progress where token like '%-export-hk'"))
                .containsExactly("new-export-hk");
    }

    private void session(String id, long expiry) {
        jdbc.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                        + "max_inactive_interval, expiry_time) values (:id, :id, 0, 0, 1800, :expiry)")
                .param("id", id)
                .param("expiry", expiry)
                .update();
    }

    private void upload(String token, String age) {
        jdbc.sql(
                        "insert into pending_upload (token, username, kind, file_name, content, created_at) "
                                + "values (:token, 'ana', 'cooperatives', 'a.csv', '\\x00'::bytea, now() - cast(:age as interval))")
                .param("token", token)
                .param("age", age)
                .update();
    }

    private java.util.List<String> ids(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}

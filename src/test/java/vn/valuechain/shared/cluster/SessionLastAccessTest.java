package vn.valuechain.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import vn.valuechain.support.IntegrationTest;

/**
 * A session's row is written again when its last access moved far enough, or when something else of it changed, and
 * not for each request a moment after the last one.
 */
class SessionLastAccessTest extends IntegrationTest {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void lastAccessIsWrittenWhenItMovedFarEnoughOrTheSessionChanged() {
        check(sessions);
    }

    // Generic: the repository's own session class is not public.
    private <S extends Session> void check(SessionRepository<S> sessions) {
        Instant start = Instant.ofEpochMilli(System.currentTimeMillis());
        S created = sessions.createSession();
        created.setLastAccessedTime(start);
        sessions.save(created);
        String id = created.getId();

        touch(sessions, id, start.plusSeconds(10), session -> {});
        assertThat(row(id)).containsEntry("last_access_time", start.toEpochMilli());

        Instant later = start.plusMillis(ClusterConfiguration.LAST_ACCESS_WRITTEN_AFTER_MS);
        touch(sessions, id, later, session -> {});
        assertThat(row(id))
                .containsEntry("last_access_time", later.toEpochMilli())
                .containsEntry(
                        "expiry_time",
                        later.plus(created.getMaxInactiveInterval()).toEpochMilli());

        touch(sessions, id, later.plusSeconds(1), session -> session.setMaxInactiveInterval(Duration.ofMinutes(5)));
        assertThat(row(id))
                .containsEntry("max_inactive_interval", 300)
                .containsEntry("last_access_time", later.plusSeconds(1).toEpochMilli());

        touch(
                sessions,
                id,
                later.plusSeconds(2),
                session -> session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "ana"));
        assertThat(row(id)).containsEntry("principal_name", "ana");

        String[] renewed = new String[1];
        touch(sessions, id, later.plusSeconds(3), session -> renewed[0] = session.changeSessionId());
        assertThat(row(renewed[0]))
                .containsEntry("last_access_time", later.plusSeconds(3).toEpochMilli())
                .containsEntry("principal_name", "ana");
    }

    private static <S extends Session> void touch(
            SessionRepository<S> sessions, String id, Instant at, Consumer<S> change) {
        S session = sessions.findById(id);
        session.setLastAccessedTime(at);
        change.accept(session);
        sessions.save(session);
    }

    private Map<String, Object> row(String sessionId) {
        return jdbc.sql("select last_access_time, expiry_time, max_inactive_interval, principal_name "
                        + "from spring_session where session_id = :id")
                .param("id", sessionId)
                .query()
                .singleRow();
    }
}

package vn.valuechain.user;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.security.SessionTimeout;

/** The session inactivity timeout, set by an administrator and kept in {@code app_setting} for every instance. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SessionSettings implements SessionTimeout {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;
    private static final String NAME = "session.timeout-minutes";

    private final JdbcClient jdbc;

    @Override
    public int minutes() {
        return jdbc.sql("select value from app_setting where name = :name")
                .param("name", NAME)
                .query(String.class)
                .optional()
                .map(Integer::parseInt)
                .orElse(DEFAULT_MINUTES);
    }

    @Transactional
    public void setMinutes(int minutes, String by) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Session timeout out of range: " + minutes);
        }
        jdbc.sql("""
                        insert into app_setting (name, value, updated_at, updated_by) values (:name, :value, now(), :by)
                        on conflict (name) do update set value = :value, updated_at = now(), updated_by = :by""")
                .param("name", NAME)
                .param("value", Integer.toString(minutes))
                .param("by", by)
                .update();
    }
}

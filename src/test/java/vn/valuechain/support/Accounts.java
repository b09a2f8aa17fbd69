package vn.valuechain.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts committed straight into the database, for tests that sign in through a real port. */
public final class Accounts {

    private Accounts() {}

    /** A user who has chosen their own password ({@link TestData#PASSWORD}); nothing if the name is taken. */
    public static void create(JdbcClient jdbc, PasswordEncoder encoder, String username, String role, Long unitId) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, role, administrative_unit_id,
                                              enabled, must_change_password, version, created_at, created_by,
                                              updated_at, updated_by)
                        values (:name, :hash, 'Kiểm thử', :role, :unit, true, false, 0, now(), 'test', now(), 'test')
                        on conflict do nothing""")
                .param("name", username)
                .param("hash", encoder.encode(TestData.PASSWORD))
                .param("role", role)
                .param("unit", unitId)
                .update();
    }
}

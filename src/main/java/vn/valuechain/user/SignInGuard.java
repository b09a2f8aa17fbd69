package vn.valuechain.user;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.security.SignInAttempts;

/**
 * Failed sign-ins, counted in the database ({@code sign_in_failure}) with the database's clock, so several instances
 * behind a load balancer share the counts. A name with {@code lock-after} failures in a row is locked for
 * {@code lock-for} (an administrator can lift it); an address with {@code slow-after} failures must wait before each
 * further try, twice as long each time up to {@code slow-max}. Counts are forgotten after {@code forget-after} without
 * a failure.
 */
@Service
@Transactional(readOnly = true)
public class SignInGuard implements SignInAttempts {

    private static final String ACCOUNT = "ACCOUNT";
    private static final String ADDRESS = "ADDRESS";

    private final JdbcClient jdbc;
    private final int lockAfter;
    private final Duration lockFor;
    private final int slowAfter;
    private final Duration slowMax;
    private final Duration forgetAfter;

    SignInGuard(
            JdbcClient jdbc,
            @Value("${app.sign-in.lock-after:5}") int lockAfter,
            @Value("${app.sign-in.lock-for:15m}") Duration lockFor,
            @Value("${app.sign-in.slow-after:10}") int slowAfter,
            @Value("${app.sign-in.slow-max:60s}") Duration slowMax,
            @Value("${app.sign-in.forget-after:1h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.lockAfter = lockAfter;
        this.lockFor = lockFor;
        this.slowAfter = slowAfter;
        this.slowMax = slowMax;
        this.forgetAfter = forgetAfter;
    }

    @Override
    public Refusal refusal(String username, String address) {
        return jdbc.sql("""
                        select kind, locked_until from sign_in_failure
                         where ((kind = 'ACCOUNT' and subject = :name) or (kind = 'ADDRESS' and subject = :address))
                           and locked_until > now()
                         order by kind""") // ACCOUNT first: the lock says more than the slowing
                .param("name", subject(username))
                .param("address", subject(address))
                .query((rs, n) -> new Refusal(
                        Refusal.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant()))
                .optional()
                .orElse(null);
    }

    /** Its own transaction: the count must stay even though the sign-in that caused it failed. */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Refusal failed(String username, String address) {
        int accountFailures = count(ACCOUNT, subject(username));
        int addressFailures = count(ADDRESS, subject(address));
        if (accountFailures >= lockAfter) {
            lock(ACCOUNT, subject(username), lockFor);
        }
        if (addressFailures >= slowAfter) {
            long seconds = Math.min(slowMax.toSeconds(), 1L << Math.min(30, addressFailures - slowAfter));
            lock(ADDRESS, subject(address), Duration.ofSeconds(seconds));
        }
        return refusal(username, address);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        jdbc.sql("delete from sign_in_failure where kind = 'ACCOUNT' and subject = :name")
                .param("name", subject(username))
                .update();
    }

    /** An administrator lifts the lock of an account. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void unlock(String username) {
        succeeded(username);
    }

    /** The accounts among these names that are locked now, with the end of their lock. */
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        Map<String, Instant> locks = new HashMap<>();
        if (usernames.isEmpty()) {
            return locks;
        }
        jdbc.sql("""
                        select subject, locked_until from sign_in_failure
                         where kind = 'ACCOUNT' and subject in (:names) and locked_until > now()""")
                .param("names", usernames.stream().map(SignInGuard::subject).toList())
                .query((rs, n) -> locks.put(
                        rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return locks;
    }

    /** One more failure; a run older than forget-after, or ended by an expired lock, starts again at 1. */
    private int count(String kind, String subject) {
        return jdbc.sql("""
                        insert into sign_in_failure (kind, subject, failures, last_failure_at)
                        values (:kind, :subject, 1, now())
                        on conflict (kind, subject) do update set
                            failures = case
                                when sign_in_failure.last_failure_at < now() - cast(:forget as interval)
                                  or sign_in_failure.locked_until <= now() then 1
                                else sign_in_failure.failures + 1 end,
                            locked_until = case
                                when sign_in_failure.locked_until <= now() then null
                                else sign_in_failure.locked_until end,
                            last_failure_at = now()
                        returning failures""")
                .param("kind", kind)
                .param("subject", subject)
                .param("forget", forgetAfter.toSeconds() + " seconds")
                .query(Integer.class)
                .single();
    }

    private void lock(String kind, String subject, Duration duration) {
        jdbc.sql("""
                        update sign_in_failure set locked_until = now() + cast(:duration as interval)
                         where kind = :kind and subject = :subject""")
                .param("kind", kind)
                .param("subject", subject)
                .param("duration", duration.toSeconds() + " seconds")
                .update();
    }

    /** Names compare as signing in does (case-insensitive, trimmed); the column holds at most 255 characters. */
    static String subject(String value) {
        // A NUL typed into the form would be refused by PostgreSQL; it cannot be part of any real name.
        String s = value == null ? "" : value.replace("\0", "").trim().toLowerCase(Locale.ROOT);
        return s.length() > 255 ? s.substring(0, 255) : s;
    }
}

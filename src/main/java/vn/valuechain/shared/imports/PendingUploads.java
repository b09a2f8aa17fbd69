package vn.valuechain.shared.imports;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files between their dry run and "Áp dụng", in the database so that any server can apply what another
 * checked: keyed by a random token, for their uploader only, with the dry run they saw, for an hour. Applying claims
 * the upload in the transaction that writes its rows, so one dry run is applied once, however often it is sent.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PendingUploads {

    /** How long an upload waits to be applied (and how long an applied one is remembered as such). */
    public static final Duration KEPT = Duration.ofHours(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A file waiting to be applied: its kind, what it is for (e.g. a plan's id), and the dry run as the user saw it. */
    public record Pending(String token, String kind, String subject, String fileName, byte[] content, String dryRun) {}

    private final JdbcClient jdbc;

    /** Keeps a checked file; the token names it in the page's "Áp dụng" form. */
    public String keep(String user, String kind, String subject, String fileName, byte[] content, String dryRun) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("""
                        insert into pending_upload (token, username, kind, subject, file_name, content, dry_run)
                        values (:token, :user, :kind, :subject, :fileName, :content, :dryRun)""")
                .param("token", token)
                .param("user", user)
                .param("kind", kind)
                .param("subject", subject)
                .param("fileName", fileName)
                .param("content", content)
                .param("dryRun", dryRun)
                .update();
        return token;
    }

    /** The upload of this token, if it is the user's, recent and not applied yet. */
    public Optional<Pending> get(String token, String user) {
        return jdbc.sql("select token, kind, subject, file_name, content, dry_run from pending_upload "
                        + "where token = :token and username = :user and applied_at is null and created_at > "
                        + "now() - make_interval(secs => :kept)")
                .param("token", token)
                .param("user", user)
                .param("kept", KEPT.toSeconds())
                .query(Pending.class)
                .optional();
    }

    /**
     * Marks the upload applied (in the caller's transaction, where there is one) and returns it; empty when it is not
     * (or no longer) waiting. A second apply of the same upload waits here for the first to end, then finds it applied
     * (or, if the first was rolled back, claims it itself).
     */
    @Transactional
    public Optional<Pending> claim(String token, String user) {
        return jdbc.sql("update pending_upload set applied_at = now() "
                        + "where token = :token and username = :user and applied_at is null and created_at > "
                        + "now() - make_interval(secs => :kept) "
                        + "returning token, kind, subject, file_name, content, dry_run")
                .param("token", token)
                .param("user", user)
                .param("kept", KEPT.toSeconds())
                .query(Pending.class)
                .optional();
    }

    /** Whether this user's upload of this token has been applied already. */
    public boolean applied(String token, String user) {
        return jdbc.sql("select count(*) from pending_upload "
                                + "where token = :token and username = :user and applied_at is not null")
                        .param("token", token)
                        .param("user", user)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Forgets uploads older than {@link #KEPT}, applied or not. */
    public int forgetOld() {
        return jdbc.sql("delete from pending_upload where created_at <= now() - make_interval(secs => :kept)")
                .param("kept", KEPT.toSeconds())
                .update();
    }
}

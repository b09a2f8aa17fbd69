package vn.valuechain.shared.table;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far each running export is, for the page that asked for it: the page names its export with a random token and
 * asks for the count of rows written while the download runs. Kept in the database ({@code export_progress}), so that
 * the server answering the page's question need not be the one writing the file; written a few times a second, in
 * transactions of its own (an export may read inside a read-only one). Only its owner (the user who started it) can
 * read it; forgotten after an hour.
 */
@Component
public class ExportProgress {

    static final Duration KEPT = Duration.ofHours(1);

    /** How often a running export records its count: the page asks every 400 ms. */
    private static final long SAVE_EVERY_NANOS = Duration.ofMillis(250).toNanos();

    /** How far an export is, as the page reads it. */
    public record Snapshot(long total, long written, boolean done) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ExportProgress(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The tracker of a new export, or one that records nothing when the page gave no (valid) token. */
    public Tracker start(String token, String username) {
        if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
            return Tracker.untracked();
        }
        ownTransaction.executeWithoutResult(
                s -> jdbc.sql("""
                        insert into export_progress (token, username) values (:token, :user)
                        on conflict (token) do update set total = -1, written = 0, done = false, started_at = now()
                        where export_progress.username = excluded.username""").param("token", token).param("user", username).update());
        return new Tracker(this, token);
    }

    public Optional<Snapshot> of(String token, String username) {
        return jdbc.sql("select total, written, done from export_progress where token = :token and username = :user")
                .param("token", token)
                .param("user", username)
                .query(Snapshot.class)
                .optional();
    }

    /** Forgets exports started over an hour ago. */
    public int forgetOld() {
        return jdbc.sql("delete from export_progress where started_at <= now() - make_interval(secs => :kept)")
                .param("kept", KEPT.toSeconds())
                .update();
    }

    private void save(String token, long total, long written, boolean done) {
        ownTransaction.executeWithoutResult(s -> jdbc.sql(
                        "update export_progress set total = :total, written = :written, done = :done where token = :token")
                .param("total", total)
                .param("written", written)
                .param("done", done)
                .param("token", token)
                .update());
    }

    /** Counts the rows of one export as they are written (on the thread writing them). */
    public static class Tracker {

        private final ExportProgress store;
        private final String token;
        private long total = -1;
        private long written;
        private long savedAt = System.nanoTime();

        Tracker(ExportProgress store, String token) {
            this.store = store;
            this.token = token;
        }

        /** Counts rows and tells no one (an export nobody follows). */
        public static Tracker untracked() {
            return new Tracker(null, null);
        }

        public void total(long rows) {
            total = rows;
            save(false);
        }

        public void row() {
            written++;
            if (System.nanoTime() - savedAt >= SAVE_EVERY_NANOS) {
                save(false);
            }
        }

        public void done() {
            save(true);
        }

        /** Where a writer's rows go: each written by {@code write}, then counted here, as is the total announced. */
        public RowWriter counting(Consumer<List<?>> write) {
            return new RowWriter() {
                @Override
                public void total(long rows) {
                    Tracker.this.total(rows);
                }

                @Override
                public void row(List<?> cells) {
                    write.accept(cells);
                    Tracker.this.row();
                }
            };
        }

        public long total() {
            return total;
        }

        public long written() {
            return written;
        }

        private void save(boolean done) {
            if (store != null) {
                store.save(token, total, written, done);
                savedAt = System.nanoTime();
            }
        }
    }
}

package vn.valuechain.shared.table;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How far each running export is, for the page that asked for it: the page names its export with a random token and
 * asks for the count of rows written while the download runs. Kept in memory for a few minutes; only its owner
 * (the user who started it) can read it.
 */
@Component
public class ExportProgress {

    private static final long KEEP_SECONDS = 600;

    private final Map<String, Tracker> running = new ConcurrentHashMap<>();

    /** The tracker of a new export, or one that records nothing when the page gave no (valid) token. */
    public Tracker start(String token, String username) {
        forgetOld();
        if (token == null || !token.matches("[A-Za-z0-9-]{8,64}")) {
            return Tracker.NONE;
        }
        Tracker tracker = new Tracker(username);
        running.put(token, tracker);
        return tracker;
    }

    public Optional<Tracker> of(String token, String username) {
        Tracker tracker = running.get(token);
        return tracker != null && tracker.owner.equals(username) ? Optional.of(tracker) : Optional.empty();
    }

    private void forgetOld() {
        Instant limit = Instant.now().minusSeconds(KEEP_SECONDS);
        running.values().removeIf(t -> t.startedAt.isBefore(limit));
    }

    public static class Tracker {

        static final Tracker NONE = new Tracker("");

        private final String owner;
        private final Instant startedAt = Instant.now();
        private final AtomicLong total = new AtomicLong(-1);
        private final AtomicLong written = new AtomicLong();
        private volatile boolean done;

        Tracker(String owner) {
            this.owner = owner;
        }

        public void total(long rows) {
            total.set(rows);
        }

        public void row() {
            written.incrementAndGet();
        }

        public void done() {
            done = true;
        }

        public long total() {
            return total.get();
        }

        public long written() {
            return written.get();
        }

        public boolean isDone() {
            return done;
        }
    }
}

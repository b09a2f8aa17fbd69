package vn.valuechain.imports;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Uploaded files between their dry run and "Áp dụng", keyed by a random token and kept for their uploader only: the
 * file is not sent twice, and what is applied is what was checked. A few dozen at most, for an hour.
 */
@Component
public class PendingImports {

    private static final int MAX = 30;
    private static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A file waiting to be applied, with the dry run the user saw. */
    public record Pending(
            String token, String user, String kind, String fileName, byte[] content, ImportResult result, Instant at) {}

    private final Map<String, Pending> pending = new LinkedHashMap<>();

    public synchronized Pending keep(String user, String kind, String fileName, byte[] content, ImportResult result) {
        purge();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        Pending p = new Pending(
                HexFormat.of().formatHex(bytes), user, kind, fileName, content.clone(), result, Instant.now());
        pending.put(p.token(), p);
        while (pending.size() > MAX) {
            pending.remove(pending.keySet().iterator().next());
        }
        return p;
    }

    public synchronized Optional<Pending> get(String token, String user) {
        purge();
        return Optional.ofNullable(pending.get(token)).filter(p -> p.user().equals(user));
    }

    public synchronized void remove(String token) {
        pending.remove(token);
    }

    private void purge() {
        Instant oldest = Instant.now().minus(KEPT);
        pending.values().removeIf(p -> p.at().isBefore(oldest));
    }
}

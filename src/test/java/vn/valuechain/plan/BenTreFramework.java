package vn.valuechain.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The 65 action items of Appendix 2 of Bến Tre plan 2835/KH-UBND, as the demo data ships them (demo/ben-tre/action-items.tsv). */
public record BenTreFramework(
        String section,
        String ordinal,
        String content,
        String inputActivities,
        String expectedOutputs,
        String timeframe,
        String lead,
        String coordinating,
        String supporting) {

    public static List<BenTreFramework> items() {
        return lines("/demo/ben-tre/action-items.tsv").stream()
                .map(line -> line.split("\t", -1))
                .map(f -> new BenTreFramework(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]))
                .toList();
    }

    /** The non-comment lines of a UTF-8 test resource. */
    public static List<String> lines(String resource) {
        try (InputStream in = BenTreFramework.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

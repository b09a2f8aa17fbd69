package vn.valuechain.planimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.valuechain.shared.domain.Folding;

/**
 * Which record a section heading names: a chain for "Chuỗi Bưởi", a product for "Sản phẩm con Heo". Headings and
 * names are compared once "Chuỗi (giá trị)", "Sản phẩm", "con", accents and case are set aside; the same words are the
 * closest match, then a heading that is the start of a name ("Bưởi" for "Bưởi da xanh"), then one with a letter or two
 * wrong ("Châm chôn" for "Chôm chôm"). Within the closest matches, the preferred records (the plan's own chains) win;
 * several left are a question for the user, not a guess.
 */
public final class NameMatcher {

    /** A record that can be named, with the names it goes by (a chain: its name and its product's). */
    record Candidate(long id, String label, List<String> names, boolean preferred) {}

    public enum Closeness {
        SAME,
        START,
        TYPO
    }

    /** The closest candidates and how close they are; no candidates for no match. */
    record Match(List<Candidate> candidates, Closeness closeness) {

        Candidate only() {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }

        boolean isQuestion() {
            return candidates.size() > 1;
        }
    }

    private final Map<Long, Candidate> candidates = new LinkedHashMap<>();

    NameMatcher(List<Candidate> candidates) {
        candidates.forEach(c -> this.candidates.put(c.id(), c));
    }

    Candidate get(Long id) {
        return id == null ? null : candidates.get(id);
    }

    /** Every candidate at any closeness, the closest first: what the dry run offers the user to choose from. */
    List<Candidate> near(String heading) {
        List<Candidate> near = new ArrayList<>();
        for (Closeness c : Closeness.values()) {
            for (Candidate candidate : candidates.values()) {
                if (!near.contains(candidate) && closeness(key(heading), candidate) == c) {
                    near.add(candidate);
                }
            }
        }
        return near;
    }

    List<Candidate> preferred() {
        return candidates.values().stream().filter(Candidate::preferred).toList();
    }

    Match match(String heading) {
        String wanted = key(heading);
        if (wanted.isEmpty()) {
            return new Match(List.of(), null);
        }
        for (Closeness level : Closeness.values()) {
            List<Candidate> found = candidates.values().stream()
                    .filter(c -> closeness(wanted, c) == level)
                    .toList();
            if (!found.isEmpty()) {
                List<Candidate> preferred =
                        found.stream().filter(Candidate::preferred).toList();
                return new Match(preferred.isEmpty() ? found : preferred, level);
            }
        }
        return new Match(List.of(), null);
    }

    private static Closeness closeness(String wanted, Candidate candidate) {
        Closeness best = null;
        for (String name : candidate.names()) {
            Closeness c = closeness(wanted, key(name));
            if (c != null && (best == null || c.ordinal() < best.ordinal())) {
                best = c;
            }
        }
        return best;
    }

    private static Closeness closeness(String wanted, String name) {
        if (wanted.isEmpty() || name.isEmpty()) {
            return null;
        }
        if (wanted.equals(name)) {
            return Closeness.SAME;
        }
        if (name.startsWith(wanted + " ") || wanted.startsWith(name + " ")) {
            return Closeness.START;
        }
        int allowed = wanted.length() >= 8 ? 2 : wanted.length() >= 4 ? 1 : 0;
        if (allowed > 0) {
            String[] nameWords = name.split(" ");
            int words = wanted.split(" ").length;
            String start = String.join(" ", Arrays.copyOf(nameWords, Math.min(words, nameWords.length)));
            if (Headings.distance(wanted, name, allowed) <= allowed
                    || Headings.distance(wanted, start, allowed) <= allowed) {
                return Closeness.TYPO;
            }
        }
        return null;
    }

    /** "Chuỗi giá trị sản phẩm con Heo" → "heo"; "Bưởi da xanh" → "buoi da xanh". */
    static String key(String name) {
        String k = Folding.fold(name == null ? "" : name)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        String before;
        do {
            before = k;
            k = k.replaceFirst("^(chuoi|gia tri|san pham|nganh hang|con)( |$)", "")
                    .strip();
        } while (!k.equals(before));
        return k;
    }
}

package vn.valuechain.planimport;

import java.text.Normalizer;
import vn.valuechain.shared.domain.Folding;

/**
 * Column titles compared the way people vary them: without accents and case, punctuation and numbering notes, and with
 * a typo or two in a long title. How sure a match is decides whether the dry run asks the user to check the mapping.
 */
final class Headings {

    /** Longer than this, a cell is text, not a column title. */
    static final int MAX_TITLE = 60;

    private Headings() {}

    /** How a cell's text matched a column's title. */
    enum Certainty {
        /** One of the column's titles, as it is. */
        EXACT,
        /** Contains one of the column's titles of two words or more ("Cơ quan chủ trì thực hiện"), no other's. */
        CONTAINS,
        /** Contains a one-word title, or is a title with a letter or two wrong: to be checked by the user. */
        GUESS;

        boolean certain() {
            return this != GUESS;
        }
    }

    record Recognized<C>(C column, Certainty certainty) {}

    /** Folded, numbering like "(1)" and punctuation dropped, spaces collapsed: "Cơ quan chủ trì:" → "co quan chu tri". */
    static String normalize(String heading) {
        String folded = Folding.fold(Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFC));
        return folded.replaceAll("\\(\\d+\\)", " ")
                .replaceAll("\\s*/\\s*", "/")
                .replaceAll("[^a-z0-9/]+", " ")
                .strip();
    }

    /** The column a title names, and how surely; null when it names none (or two equally). */
    static <C extends Enum<C> & TableColumn> Recognized<C> recognize(String heading, C[] columns) {
        String h = normalize(heading);
        if (h.isEmpty() || heading.strip().length() > MAX_TITLE) {
            return null;
        }
        for (C column : columns) {
            if (column.titles().contains(h)) {
                return new Recognized<>(column, Certainty.EXACT);
            }
        }
        Recognized<C> contained = longestContained(h, columns);
        if (contained != null) {
            return contained;
        }
        C typo = null;
        int best = Integer.MAX_VALUE;
        boolean tie = false;
        for (C column : columns) {
            for (String title : column.titles()) {
                int allowed = allowedTypos(title);
                int d = allowed == 0 ? Integer.MAX_VALUE : distance(h, title, allowed);
                if (d <= allowed && d < best) {
                    typo = column;
                    best = d;
                    tie = false;
                } else if (d <= allowed && d == best && column != typo) {
                    tie = true;
                }
            }
        }
        return typo == null || tie ? null : new Recognized<>(typo, Certainty.GUESS);
    }

    private static <C extends Enum<C> & TableColumn> Recognized<C> longestContained(String h, C[] columns) {
        String padded = " " + h.replace('/', ' ') + " ";
        C best = null;
        String bestTitle = "";
        boolean tie = false;
        for (C column : columns) {
            for (String title : column.titles()) {
                if (padded.contains(" " + title.replace('/', ' ') + " ")) {
                    if (title.length() > bestTitle.length()) {
                        best = column;
                        bestTitle = title;
                        tie = false;
                    } else if (title.length() == bestTitle.length() && column != best) {
                        tie = true;
                    }
                }
            }
        }
        if (best == null || tie) {
            return null;
        }
        return new Recognized<>(best, bestTitle.contains(" ") ? Certainty.CONTAINS : Certainty.GUESS);
    }

    /** A typo or two in a long title, one in a middling one, none in a short one ("tt", "xa"). */
    static int allowedTypos(String title) {
        return title.length() >= 10 ? 2 : title.length() >= 5 ? 1 : 0;
    }

    /** Levenshtein distance, or {@code max + 1} once it is known to exceed {@code max}. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}

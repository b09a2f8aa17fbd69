package vn.valuechain.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.valuechain.shared.domain.Folding;

/**
 * Agency names as words to compare: folded (no accents, lower case), "&" read as "và", the usual abbreviations
 * spelled out ("NN&PTNT" = "nông nghiệp và phát triển nông thôn", "UBND" = "ủy ban nhân dân"), and "các" ignored, so
 * "Sở NN&PTNT", "Sở Nông Nghiệp & PTNT" and "Sở Nông nghiệp và PTNT" are the same words. Each word remembers where it
 * was written, so a match can be quoted as written.
 */
final class AgencyWords {

    /** Separates agencies softly ("Sở A, Sở B"); names such as "Các viện, trường" contain it too. */
    static final String COMMA = ",";
    /** Ends a list: ".", ";" or a new line. */
    static final String STOP = "|";
    /** A parenthesis with what it holds: "(AMD, Cabon thấp, JICA, ...)". */
    static final String PARENTHESIS = "()";

    private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
            "nn", List.of("nong", "nghiep"),
            "ptnt", List.of("phat", "trien", "nong", "thon"),
            "ubnd", List.of("uy", "ban", "nhan", "dan"),
            "htx", List.of("hop", "tac", "xa"),
            "tht", List.of("to", "hop", "tac"),
            "vp", List.of("van", "phong"),
            "tp", List.of("thanh", "pho"),
            "cty", List.of("cong", "ty"),
            "mttq", List.of("mat", "tran", "to", "quoc"));

    record Word(String text, int start, int end) {

        boolean is(String s) {
            return text.equals(s);
        }

        boolean isSeparator() {
            return text.equals(COMMA) || text.equals(STOP) || text.equals("va");
        }
    }

    private AgencyWords() {}

    static List<Word> split(String text) {
        String folded = Folding.fold(text);
        List<Word> words = new ArrayList<>();
        // "các" is not compared but stays part of what was written: the next word starts where it did.
        int pendingStart = -1;
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int end = i;
                while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                    end++;
                }
                String word = folded.substring(i, end);
                if (word.equals("cac")) {
                    pendingStart = pendingStart < 0 ? i : pendingStart;
                } else {
                    int start = pendingStart < 0 ? i : pendingStart;
                    for (String w : ABBREVIATIONS.getOrDefault(word, List.of(word))) {
                        words.add(new Word(w, start, end));
                    }
                    pendingStart = -1;
                }
                i = end;
            } else if (c == '(') {
                int close = folded.indexOf(')', i);
                int end = close < 0 ? folded.length() : close + 1;
                words.add(new Word(PARENTHESIS, i, end));
                pendingStart = -1;
                i = end;
            } else {
                if (c != ' ') {
                    pendingStart = -1;
                }
                if (c == '&') {
                    words.add(new Word("va", i, i + 1));
                } else if (c == ',') {
                    words.add(new Word(COMMA, i, i + 1));
                } else if (c == ';' || c == '\n' || (c == '.' && !followedByLetterOrDigit(folded, i))) {
                    words.add(new Word(STOP, i, i + 1));
                }
                i++;
            }
        }
        return words;
    }

    private static boolean followedByLetterOrDigit(String s, int i) {
        return i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
    }

    /** The words of a name as one key; parentheses and a final "tỉnh" ("Hội Nông dân tỉnh") do not count. */
    static String key(String name) {
        List<String> words = new ArrayList<>();
        for (Word w : split(name)) {
            if (!w.is(PARENTHESIS) && !w.is(STOP)) {
                words.add(w.text());
            }
        }
        while (!words.isEmpty()
                && (words.get(words.size() - 1).equals("tinh")
                        || words.get(words.size() - 1).equals(COMMA))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** Only the words, for names of places. */
    static List<String> words(String name) {
        return split(name).stream()
                .map(Word::text)
                .filter(w -> Character.isLetterOrDigit(w.charAt(0)))
                .toList();
    }
}

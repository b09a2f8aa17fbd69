package vn.valuechain.planimport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.shared.domain.Folding;

/**
 * The numbers that open a section of a plan's table, in the forms provinces write them: Roman numerals ("II.", "II",
 * "Phần II"), Arabic ones followed by ".", ":", ")" or a dash ("5: Chuỗi hoa kiểng"), letters ("a", "a.", "a)"), and
 * rows naming a chain or product with no number at all ("Chuỗi Dừa", "Sản phẩm con Heo"). Either as one text (a
 * merged heading row) or as a number cell and a title cell.
 */
final class SectionMarkers {

    private SectionMarkers() {}

    enum Level {
        /** Roman numerals and "Phần …": the top level. */
        TOP,
        /** Arabic numerals, and a chain or product named with no number: a section within the top one. */
        MIDDLE,
        /** Letters: a section within the middle one. */
        LETTER
    }

    /**
     * A section heading: its level, its number as written (null for a named row, numbered in order), its title,
     * whether it could be an item's number as well (an Arabic number with a title that names no chain), which only
     * the rows after it decide, and whether the number is a whole section code ("II.1", as this product exports it).
     */
    record Marker(Level level, String number, String title, boolean couldBeItem, boolean whole) {

        Marker(Level level, String number, String title, boolean couldBeItem) {
            this(level, number, title, couldBeItem, false);
        }
    }

    /** A text that opens with something like a section number that is none ("L.", "IIII."): for a person to fix. */
    static final Marker UNREADABLE = new Marker(null, null, null, false);

    // "II.1", "II.a", "II.1.a": a section's whole code, as the exported table writes it.
    private static final String WHOLE = "(?<n>[IVX]+(?:\\.(?:\\d{1,2}|[a-zđ]))+)";
    private static final Pattern WHOLE_TEXT = Pattern.compile(WHOLE + "\\.?\\s+(?<title>\\S.*)", Pattern.DOTALL);
    private static final Pattern WHOLE_CELL = Pattern.compile(WHOLE + "\\.?");

    private static final String ROMAN_NUMERAL = "X{0,3}(?:IX|IV|V?I{0,3})";
    private static final Pattern ROMAN = Pattern.compile(ROMAN_NUMERAL);
    private static final Pattern PART =
            Pattern.compile("(?iu)ph[aầâ]n\\s+(?<n>[IVX]+|\\d{1,2})\\s*[.:)\\-–]?\\s*(?<title>.*)", Pattern.DOTALL);
    private static final Pattern ROMAN_TEXT =
            Pattern.compile("(?<n>[IVXLCDM]+)(?<sep>\\s*[.:)]\\s*|\\s+)(?<title>\\S.*)", Pattern.DOTALL);
    private static final Pattern ARABIC_TEXT =
            Pattern.compile("(?<n>\\d{1,2}(?:\\.\\d{1,2})*)\\s*(?<sep>[.:)\\-–;,])\\s*(?<title>\\S.*)", Pattern.DOTALL);
    private static final Pattern ARABIC_BARE_TEXT =
            Pattern.compile("(?<n>\\d{1,2}(?:\\.\\d{1,2})*)\\s+(?<title>\\S.*)", Pattern.DOTALL);
    private static final Pattern LETTER_TEXT =
            Pattern.compile("(?<n>[a-zđ])\\s*[.:)]\\s*(?<title>\\S.*)", Pattern.DOTALL);
    private static final Pattern ROMAN_CELL = Pattern.compile("(?<n>[IVXLCDM]+)\\s*[.:)]?");
    private static final Pattern ARABIC_CELL = Pattern.compile("(?<n>\\d{1,2}(?:\\.\\d{1,2})*)\\s*(?<sep>[.:)\\-–])?");
    private static final Pattern LETTER_CELL = Pattern.compile("(?<n>[a-zđ])\\s*[.:)]?");

    /** The heading one text (a merged row) opens, or null for none, or {@link #UNREADABLE}. */
    static Marker ofText(String text) {
        String t = text.strip();
        Matcher m = WHOLE_TEXT.matcher(t);
        if (m.matches()) {
            return whole(m.group("n"), title(m.group("title"), t));
        }
        m = PART.matcher(t);
        if (m.matches()) {
            return new Marker(Level.TOP, m.group("n"), title(m.group("title"), t), false);
        }
        m = ROMAN_TEXT.matcher(t);
        if (m.matches()) {
            if (ROMAN.matcher(m.group("n")).matches()) {
                return new Marker(Level.TOP, m.group("n"), title(m.group("title"), t), false);
            }
            if (!m.group("sep").isBlank()) {
                return UNREADABLE;
            }
        }
        m = ARABIC_TEXT.matcher(t);
        if (m.matches()) {
            // ";" or "," after a number is no way to number a section, but it surely was meant as one.
            if (m.group("sep").equals(";") || m.group("sep").equals(",")) {
                return UNREADABLE;
            }
            return new Marker(Level.MIDDLE, m.group("n"), title(m.group("title"), t), !names(m.group("title")));
        }
        m = ARABIC_BARE_TEXT.matcher(t);
        if (m.matches() && names(m.group("title"))) {
            return new Marker(Level.MIDDLE, m.group("n"), title(m.group("title"), t), false);
        }
        m = LETTER_TEXT.matcher(t);
        if (m.matches()) {
            return new Marker(Level.LETTER, m.group("n"), title(m.group("title"), t), false);
        }
        if (names(t)) {
            return new Marker(Level.MIDDLE, null, title(t, t), false);
        }
        return null;
    }

    /** The heading a number cell and a title cell open, or null for none (an item), or {@link #UNREADABLE}. */
    static Marker ofCells(String number, String title) {
        String n = number.strip();
        Matcher m = WHOLE_CELL.matcher(n);
        if (m.matches()) {
            return whole(m.group("n"), title(title, n));
        }
        m = PART.matcher(n);
        if (m.matches()) {
            return new Marker(Level.TOP, m.group("n"), title(title, n), false);
        }
        m = ROMAN_CELL.matcher(n);
        if (m.matches()) {
            return ROMAN.matcher(m.group("n")).matches()
                    ? new Marker(Level.TOP, m.group("n"), title(title, n), false)
                    : UNREADABLE;
        }
        m = ARABIC_CELL.matcher(n);
        if (m.matches()) {
            if (m.group("sep") == null && !names(title)) {
                return null;
            }
            return new Marker(Level.MIDDLE, m.group("n"), title(title, n), !names(title));
        }
        m = LETTER_CELL.matcher(n);
        if (m.matches()) {
            return new Marker(Level.LETTER, m.group("n"), title(title, n), false);
        }
        return null;
    }

    private static Marker whole(String code, String title) {
        String last = code.substring(code.lastIndexOf('.') + 1);
        boolean letter = Character.isLetter(last.charAt(0));
        return new Marker(letter ? Level.LETTER : Level.MIDDLE, code, title, false, true);
    }

    /** Whether a title names a chain, a product or a part: "Chuỗi Dừa", "Sản phẩm con Heo", "Phần chung". */
    static boolean names(String title) {
        String t = title.strip();
        String f = Folding.fold(t);
        // A heading starts with a capital and ends without a full stop; a sentence running on from a split row not.
        return !t.isEmpty()
                && Character.isUpperCase(t.charAt(0))
                && !t.endsWith(".")
                && f.length() <= Headings.MAX_TITLE
                && !f.contains("\n")
                && f.matches("(chuoi|san pham|nganh hang) \\S.*|phan (chung|rieng|[ivx]+\\b|\\d).*");
    }

    private static String title(String title, String whole) {
        String t = title == null || title.isBlank() ? whole : title;
        return t.replaceAll("\\s+", " ").strip();
    }
}

package vn.valuechain.shared.table;

/**
 * Text a spreadsheet program would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage
 * return first) is neutralised on the way out and given back as written on the way in.
 */
public final class CellText {

    private CellText() {}

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** For CSV: a leading apostrophe, which Excel shows as text and does not evaluate. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    /** The inverse of {@link #neutralise}, for files we (or Excel) wrote. */
    public static String restore(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && looksLikeFormula(text.substring(1))
                ? text.substring(1)
                : text;
    }
}

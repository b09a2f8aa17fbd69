package vn.valuechain.shared.web;

/**
 * A window of days from today as a list's query string gives it ({@code ?expiring=60}, as the home page links), or
 * "true" from a list's own checkbox, which means that list's usual window.
 */
public final class DaysAhead {

    /** Ten years: anything longer is no "expiring soon". */
    static final int MAX_DAYS = 3650;

    private DaysAhead() {}

    /** The days asked for; null when none were, or the text is no number of days from 1 to ten years. */
    public static Integer parse(String text, int usualDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        if (value.equals("true")) {
            return usualDays;
        }
        if (!value.matches("\\d{1,4}")) {
            return null;
        }
        int days = Integer.parseInt(value);
        return days >= 1 && days <= MAX_DAYS ? days : null;
    }
}

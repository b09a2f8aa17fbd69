package vn.valuechain.shared.table;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them into a cell. {@code 1.234,5} (Vietnamese) and {@code 1,234.5} (English)
 * are both read; {@code 1.234} or {@code 1,234} could be either a thousand and more or one and a bit, and is
 * reported, not guessed — except where only whole numbers make sense. Dates are {@code dd/MM/yyyy} (also with
 * {@code -} or {@code .}) or ISO {@code yyyy-MM-dd}; a two-digit year is reported.
 */
public final class CellParsers {

    /** A parsed value, or the message key of what is wrong with the cell. */
    public record Parsed<T>(T value, String errorKey) {

        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> error(String key) {
            return new Parsed<>(null, key);
        }

        public boolean isError() {
            return errorKey != null;
        }
    }

    public static final String NUMBER_INVALID = "import.value.number";
    public static final String NUMBER_AMBIGUOUS = "import.value.numberAmbiguous";
    public static final String INTEGER_INVALID = "import.value.integer";
    public static final String DATE_INVALID = "import.value.date";
    public static final String DATE_AMBIGUOUS = "import.value.dateAmbiguous";

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:X\\d{3})+");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private CellParsers() {}

    /** A decimal number; null (not an error) for an empty cell. */
    public static Parsed<BigDecimal> decimal(CellValue cell) {
        if (cell.number() != null) {
            return Parsed.ok(cell.number());
        }
        return decimal(cell.text(), false);
    }

    /** A whole number: here {@code 1.234} and {@code 1,234} can only mean 1234. */
    public static Parsed<Long> integer(CellValue cell) {
        Parsed<BigDecimal> parsed = cell.number() != null ? Parsed.ok(cell.number()) : decimal(cell.text(), true);
        if (parsed.isError()) {
            return Parsed.error(parsed.errorKey() == NUMBER_AMBIGUOUS ? INTEGER_INVALID : parsed.errorKey());
        }
        if (parsed.value() == null) {
            return Parsed.ok(null);
        }
        try {
            return Parsed.ok(parsed.value().longValueExact());
        } catch (ArithmeticException e) {
            return Parsed.error(INTEGER_INVALID);
        }
    }

    static Parsed<BigDecimal> decimal(String raw, boolean wholeOnly) {
        String text = raw == null ? "" : raw.replaceAll("[\\s\\u00A0\\u202F]", "");
        if (text.isEmpty()) {
            return Parsed.ok(null);
        }
        String sign = "";
        if (text.startsWith("-") || text.startsWith("+")) {
            sign = text.startsWith("-") ? "-" : "";
            text = text.substring(1);
        }
        if (!text.matches("[0-9.,]+") || !Character.isDigit(text.charAt(0))) {
            return Parsed.error(wholeOnly ? INTEGER_INVALID : NUMBER_INVALID);
        }
        int dots = count(text, '.');
        int commas = count(text, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            // Both: the last one is the decimal mark, the other groups thousands.
            char decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
            char group = decimalMark == '.' ? ',' : '.';
            int mark = text.lastIndexOf(decimalMark);
            String whole = text.substring(0, mark);
            if (count(text, decimalMark) > 1 || !grouped(whole, group)) {
                return Parsed.error(NUMBER_INVALID);
            }
            plain = whole.replace(String.valueOf(group), "") + "." + text.substring(mark + 1);
        } else if (dots + commas == 0) {
            plain = text;
        } else {
            char mark = dots > 0 ? '.' : ',';
            if (dots + commas > 1) {
                if (!grouped(text, mark)) {
                    return Parsed.error(NUMBER_INVALID);
                }
                plain = text.replace(String.valueOf(mark), "");
            } else {
                int at = text.indexOf(mark);
                String after = text.substring(at + 1);
                if (after.isEmpty()) {
                    return Parsed.error(NUMBER_INVALID);
                }
                if (after.length() == 3 && grouped(text, mark)) {
                    if (!wholeOnly) {
                        return Parsed.error(NUMBER_AMBIGUOUS);
                    }
                    plain = text.replace(String.valueOf(mark), "");
                } else {
                    plain = text.substring(0, at) + "." + after;
                }
            }
        }
        BigDecimal value = new BigDecimal(sign + plain);
        return Parsed.ok(value);
    }

    private static boolean grouped(String text, char group) {
        return GROUPED.matcher(text.replace(group, 'X')).matches();
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** A date; null (not an error) for an empty cell. */
    public static Parsed<LocalDate> date(CellValue cell) {
        if (cell.date() != null) {
            return Parsed.ok(cell.date());
        }
        String text = cell.text().strip();
        if (text.isEmpty()) {
            return Parsed.ok(null);
        }
        if (cell.number() != null) {
            return Parsed.error(DATE_INVALID);
        }
        Matcher iso = ISO.matcher(text);
        Matcher dayFirst = DAY_FIRST.matcher(text);
        try {
            if (iso.matches()) {
                return Parsed.ok(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            if (dayFirst.matches()) {
                if (dayFirst.group(3).length() != 4) {
                    return Parsed.error(DATE_AMBIGUOUS);
                }
                return Parsed.ok(LocalDate.of(
                        Integer.parseInt(dayFirst.group(3)),
                        Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))));
            }
        } catch (DateTimeException e) {
            return Parsed.error(DATE_INVALID);
        }
        return Parsed.error(DATE_INVALID);
    }
}

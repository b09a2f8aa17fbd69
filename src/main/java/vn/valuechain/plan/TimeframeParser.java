package vn.valuechain.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.shared.domain.Folding;

/**
 * Reads the "Thời gian thực hiện" column of a plan into phases: "6/2018-12/2018", "Năm 2019 - 2020", "Tháng 3-T8/2019",
 * "Từ tháng 04 đến tháng 12 hàng năm (2018-2020)", "2018 2019-2020" (two phases), "Năm 2018-2019: Đào tạo…" (a phase
 * with a label). It never guesses: a word it does not know, a month without a year or an end before the start makes
 * the whole text one for a person to read.
 */
public final class TimeframeParser {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    // Matched on the folded text (lower case, no diacritics), one token at a time from the current position.
    private static final Pattern TOKEN = Pattern.compile("(?<skip>[\\s().,;]+|tu\\s+nam\\b|tu\\b)"
            + "|(?<day>\\d{1,2})/(?<month1>\\d{1,2})/(?<year1>\\d{4})(?!\\d)"
            + "|(?:(?:thang|t)\\s*)?(?<month2>\\d{1,2})\\s*/\\s*(?<year2>\\d{4})(?!\\d)"
            + "|(?:nam\\s*)?(?<year>\\d{4})(?!\\d)"
            + "|(?:thang|t)\\s*(?<month>\\d{1,2})(?![\\d/])"
            + "|(?<range>[-–—]|den\\b|toi\\b)"
            + "|(?<recurring>(?:hang|moi)\\s+nam\\b)");

    private TimeframeParser() {}

    /** Reads the text without a plan period: "hàng năm" must then name its years. */
    public static Timeframe parse(String text) {
        return parse(text, null, null);
    }

    /**
     * Reads the text; "hàng năm" without years of its own means every year of the plan's period, when the plan has
     * one.
     */
    public static Timeframe parse(String text, Integer planFirstYear, Integer planLastYear) {
        if (text == null || text.isBlank()) {
            return new Timeframe(text, List.of(), false, null, null);
        }
        String timePart = text;
        String label = null;
        int colon = text.indexOf(':');
        if (colon > 0 && text.substring(colon + 1).codePoints().anyMatch(Character::isLetter)) {
            timePart = text.substring(0, colon);
            label = text.substring(colon + 1).trim();
        }
        try {
            List<Object> tokens = tokens(timePart);
            List<Timeframe.Phase> phases = new Reader(tokens, planFirstYear, planLastYear).phases();
            if (phases.isEmpty()) {
                return Timeframe.unreadable(text, "timeframe.problem.noYear", null);
            }
            if (label != null) {
                Timeframe.Phase last = phases.remove(phases.size() - 1);
                phases.add(new Timeframe.Phase(last.start(), last.end(), last.recurringYearly(), label));
            }
            return new Timeframe(text, List.copyOf(phases), false, null, null);
        } catch (Unreadable e) {
            return Timeframe.unreadable(text, e.key, e.arg);
        }
    }

    private static List<Object> tokens(String text) {
        String folded = Folding.fold(text);
        List<Object> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        int pos = 0;
        while (pos < folded.length()) {
            m.region(pos, folded.length());
            if (!m.lookingAt()) {
                int end = pos;
                while (end < folded.length() && !Character.isWhitespace(folded.charAt(end))) {
                    end++;
                }
                throw new Unreadable("timeframe.problem.unknownWord", text.substring(pos, end));
            }
            if (m.group("day") != null) {
                tokens.add(new Point(number(m.group("day")), number(m.group("month1")), number(m.group("year1"))));
            } else if (m.group("month2") != null) {
                tokens.add(new Point(null, number(m.group("month2")), number(m.group("year2"))));
            } else if (m.group("year") != null) {
                tokens.add(new Point(null, null, number(m.group("year"))));
            } else if (m.group("month") != null) {
                tokens.add(new Point(null, number(m.group("month")), null));
            } else if (m.group("range") != null) {
                tokens.add(Marker.RANGE);
            } else if (m.group("recurring") != null) {
                tokens.add(Marker.RECURRING);
            }
            pos = m.end();
        }
        return tokens;
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private enum Marker {
        RANGE,
        RECURRING
    }

    /** A day, a month or a year as written; month and year may each be missing. */
    private record Point(Integer day, Integer month, Integer year) {

        boolean wholeYear() {
            return month == null && day == null;
        }

        Point withYear(int y) {
            return new Point(day, month, y);
        }

        LocalDate first() {
            checkYear(year);
            if (day != null) {
                return date(year, month, day);
            }
            return month == null
                    ? LocalDate.of(year, 1, 1)
                    : month2(year, month).atDay(1);
        }

        LocalDate last() {
            checkYear(year);
            if (day != null) {
                return date(year, month, day);
            }
            return month == null
                    ? LocalDate.of(year, 12, 31)
                    : month2(year, month).atEndOfMonth();
        }
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Unreadable("timeframe.problem.badYear", String.valueOf(year));
        }
    }

    private static YearMonth month2(int year, int month) {
        if (month < 1 || month > 12) {
            throw new Unreadable("timeframe.problem.badMonth", String.valueOf(month));
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Unreadable("timeframe.problem.badDate", day + "/" + month + "/" + year);
        }
    }

    /** Walks the tokens: phases are points or ranges of points, "hàng năm" repeats months over years. */
    private static final class Reader {

        private final List<Object> tokens;
        private final Integer planFirstYear;
        private final Integer planLastYear;
        private final List<Timeframe.Phase> phases = new ArrayList<>();
        private int i;

        Reader(List<Object> tokens, Integer planFirstYear, Integer planLastYear) {
            this.tokens = tokens;
            this.planFirstYear = planFirstYear;
            this.planLastYear = planLastYear;
        }

        List<Timeframe.Phase> phases() {
            while (i < tokens.size()) {
                Object token = tokens.get(i);
                if (token == Marker.RANGE) {
                    // A dash before a phase is a list bullet ("- Tháng 3/2018 đến …").
                    i++;
                } else if (token == Marker.RECURRING) {
                    i++;
                    int[] years = years();
                    add(LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31), true);
                } else {
                    phase((Point) token);
                }
            }
            return phases;
        }

        private void phase(Point from) {
            i++;
            Point to = from;
            if (at(Marker.RANGE) && i + 1 < tokens.size() && tokens.get(i + 1) instanceof Point next) {
                to = next;
                i += 2;
            }
            if (from.year() == null && to.year() != null) {
                // "Tháng 6 đến tháng 12/2018": the start month takes the end's year, or the year before it.
                from = from.withYear(from.month() > to.month() ? to.year() - 1 : to.year());
            }
            if (from.year() == null || to.year() == null) {
                monthsWithoutYear(from, to);
                return;
            }
            boolean recurring = at(Marker.RECURRING) && from.wholeYear() && to.wholeYear();
            if (recurring) {
                i++;
            }
            add(from.first(), to.last(), recurring);
        }

        /** "Từ tháng 04 đến tháng 12 hàng năm (2018-2020)", or months followed by their one year. */
        private void monthsWithoutYear(Point from, Point to) {
            if (at(Marker.RECURRING)) {
                i++;
                int[] years = years();
                add(from.withYear(years[0]).first(), to.withYear(years[1]).last(), true);
            } else if (i < tokens.size()
                    && tokens.get(i) instanceof Point year
                    && year.wholeYear()
                    && !(i + 1 < tokens.size() && tokens.get(i + 1) == Marker.RANGE)) {
                i++;
                add(from.withYear(year.year()).first(), to.withYear(year.year()).last(), false);
            } else {
                throw new Unreadable("timeframe.problem.monthWithoutYear", null);
            }
        }

        /** The years after "hàng năm": one year, a range of years, or else the plan's period. */
        private int[] years() {
            if (i < tokens.size() && tokens.get(i) instanceof Point first && first.wholeYear()) {
                i++;
                if (at(Marker.RANGE) && i + 1 < tokens.size() && tokens.get(i + 1) instanceof Point last) {
                    if (!last.wholeYear()) {
                        throw new Unreadable("timeframe.problem.recurringWithoutYears", null);
                    }
                    i += 2;
                    return new int[] {first.year(), last.year()};
                }
                return new int[] {first.year(), first.year()};
            }
            if (planFirstYear != null && planLastYear != null) {
                return new int[] {planFirstYear, planLastYear};
            }
            throw new Unreadable("timeframe.problem.recurringWithoutYears", null);
        }

        private boolean at(Marker marker) {
            return i < tokens.size() && tokens.get(i) == marker;
        }

        private void add(LocalDate start, LocalDate end, boolean recurring) {
            checkYear(start.getYear());
            checkYear(end.getYear());
            if (end.isBefore(start)) {
                throw new Unreadable("timeframe.problem.endBeforeStart", null);
            }
            Timeframe.Phase phase = new Timeframe.Phase(start, end, recurring, null);
            // The plan sometimes repeats a phase ("Năm 2018 Năm 2018 Năm 2020"): once is enough.
            if (!phases.contains(phase)) {
                phases.add(phase);
            }
        }
    }

    /** Why the text is for a person to read: a message key and its one argument. */
    private static final class Unreadable extends RuntimeException {
        final String key;
        final String arg;

        Unreadable(String key, String arg) {
            super(key, null, false, false);
            this.key = key;
            this.arg = arg;
        }
    }
}

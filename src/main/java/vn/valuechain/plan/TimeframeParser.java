package vn.valuechain.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import vn.valuechain.shared.domain.Folding;

/**
 * Reads the "Thời gian thực hiện" column of a plan into phases: "6/2018-12/2018", "Năm 2019 - 2020", "Tháng 3-T8/2019",
 * "Từ tháng 04 đến tháng 12 hàng năm (2018-2020)", "2018 2019-2020" (two phases), "Năm 2018-2019: Đào tạo…" (a phase
 * with a label), quarters ("Quý II/2026", "quý 3 năm 2026", "Q4/2026"), halves ("6 tháng đầu năm 2026"), deadlines
 * ("Trước 30/6/2026", "đến hết tháng 9/2026": from the start of the plan's period), "Hằng năm" and "Thường xuyên"
 * (every year of the plan's period), and lists of years, one per line or after dashes ("- Năm 2018 - Năm 2019"), each
 * a phase. It never guesses: a word it does not know, a month without a year or an end before the start makes the
 * whole text one for a person to read; a timeframe reaching outside the plan's period keeps its phases but is flagged.
 */
public final class TimeframeParser {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    // Matched on the folded text (lower case, no diacritics), one token at a time from the current position.
    private static final Pattern TOKEN = Pattern.compile("(?<skip>[\\s().,;]+|tu\\s+nam\\b|tu\\b|trong\\b)"
            + "|(?<half>6\\s*thang\\s*(?<part>dau|cuoi)(?:\\s*nam)?)(?![a-z])"
            + "|(?:quy|q)\\s*(?<quarter>iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\\s*/\\s*(?<qyear>\\d{4})(?!\\d))?"
            + "|(?:ngay\\s*)?(?<day>\\d{1,2})/(?<month1>\\d{1,2})/(?<year1>\\d{4})(?!\\d)"
            + "|(?:(?:thang|t)\\s*)?(?<month2>\\d{1,2})\\s*/\\s*(?<year2>\\d{4})(?!\\d)"
            + "|(?:nam\\s*)?(?<year>\\d{4})(?!\\d)"
            + "|(?:thang|t)\\s*(?<month>\\d{1,2})(?![\\d/])"
            + "|(?<before>truoc(?:\\s+ngay)?)\\b"
            + "|(?<until>den\\s+het(?:\\s+ngay)?|cham\\s+nhat(?:\\s+ngay)?)\\b"
            + "|(?<to>den|toi)\\b"
            + "|(?<dash>[-–—])"
            + "|(?<recurring>(?:hang|moi)\\s+nam)\\b"
            + "|(?<continuous>thuong\\s+xuyen)\\b");

    private TimeframeParser() {}

    /** Reads the text without a plan period: "hàng năm", "thường xuyên" and deadlines must then name their years. */
    public static Timeframe parse(String text) {
        return parse(text, null, null);
    }

    /**
     * Reads the text within the plan's period: "hàng năm" and "thường xuyên" without years of their own mean every year
     * of it, a deadline runs from its start, and a timeframe reaching outside it is flagged for a person.
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
            if (planFirstYear != null
                    && planLastYear != null
                    && phases.stream()
                            .anyMatch(p -> p.start().getYear() < planFirstYear
                                    || p.end().getYear() > planLastYear)) {
                return new Timeframe(
                        text,
                        List.copyOf(phases),
                        true,
                        "timeframe.problem.outsidePlan",
                        planFirstYear + "–" + planLastYear);
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
        boolean lineStart = true;
        boolean dashedList = false;
        while (pos < folded.length()) {
            m.region(pos, folded.length());
            if (!m.lookingAt()) {
                int end = pos;
                while (end < folded.length() && !Character.isWhitespace(folded.charAt(end))) {
                    end++;
                }
                throw new Unreadable("timeframe.problem.unknownWord", text.substring(pos, end));
            }
            if (m.group("skip") != null) {
                lineStart |= m.group("skip").contains("\n");
                pos = m.end();
                continue;
            }
            if (m.group("dash") != null) {
                // A dash opening a line is a list's bullet; once a list opens so, " - Năm …" is its next item too.
                boolean bullet = lineStart
                        || (dashedList
                                && pos > 0
                                && Character.isWhitespace(folded.charAt(pos - 1))
                                && followedByLetter(folded, m.end()));
                dashedList |= lineStart;
                if (!bullet) {
                    tokens.add(Marker.RANGE);
                }
            } else {
                tokens.add(token(m));
            }
            lineStart = false;
            pos = m.end();
        }
        return tokens;
    }

    private static boolean followedByLetter(String folded, int from) {
        int i = from;
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        return i < folded.length() && Character.isLetter(folded.charAt(i));
    }

    private static Object token(Matcher m) {
        if (m.group("half") != null) {
            boolean first = m.group("part").equals("dau");
            return new Point(null, first ? 1 : 7, first ? 6 : 12, null);
        }
        if (m.group("quarter") != null) {
            int q = quarter(m.group("quarter"));
            Integer year = m.group("qyear") == null ? null : number(m.group("qyear"));
            return new Point(null, 3 * q - 2, 3 * q, year);
        }
        if (m.group("day") != null) {
            return new Point(number(m.group("day")), number(m.group("month1")), null, number(m.group("year1")));
        }
        if (m.group("month2") != null) {
            return new Point(null, number(m.group("month2")), null, number(m.group("year2")));
        }
        if (m.group("year") != null) {
            return new Point(null, null, null, number(m.group("year")));
        }
        if (m.group("month") != null) {
            return new Point(null, number(m.group("month")), null, null);
        }
        if (m.group("before") != null) {
            return Marker.BEFORE;
        }
        if (m.group("until") != null) {
            return Marker.UNTIL;
        }
        if (m.group("to") != null) {
            return Marker.TO;
        }
        if (m.group("recurring") != null) {
            return Marker.RECURRING;
        }
        return Marker.CONTINUOUS;
    }

    private static int quarter(String written) {
        return switch (written) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }

    private enum Marker {
        /** A dash between two points: "2019-2020". */
        RANGE,
        /** "đến", "tới": a range between two points, or a deadline when nothing comes before it. */
        TO,
        /** "trước": ends the day before what follows. */
        BEFORE,
        /** "đến hết", "chậm nhất": ends with what follows. */
        UNTIL,
        RECURRING,
        CONTINUOUS
    }

    /**
     * A day, a month (or months: a quarter, half a year) or a year as written; month and year may each be missing.
     */
    private record Point(Integer day, Integer month, Integer lastMonth, Integer year) {

        boolean wholeYear() {
            return month == null && day == null;
        }

        Point withYear(int y) {
            return new Point(day, month, lastMonth, y);
        }

        LocalDate first() {
            checkYear(year);
            if (day != null) {
                return date(year, month, day);
            }
            return month == null
                    ? LocalDate.of(year, 1, 1)
                    : yearMonth(year, month).atDay(1);
        }

        LocalDate last() {
            checkYear(year);
            if (day != null) {
                return date(year, month, day);
            }
            return month == null
                    ? LocalDate.of(year, 12, 31)
                    : yearMonth(year, lastMonth == null ? month : lastMonth).atEndOfMonth();
        }
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Unreadable("timeframe.problem.badYear", String.valueOf(year));
        }
    }

    private static YearMonth yearMonth(int year, int month) {
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

    /**
     * Walks the tokens: phases are points or ranges of points, "hàng năm" repeats months over years, a deadline runs
     * from the start of the plan's period.
     */
    @RequiredArgsConstructor
    private static final class Reader {

        private final List<Object> tokens;
        private final Integer planFirstYear;
        private final Integer planLastYear;
        private final List<Timeframe.Phase> phases = new ArrayList<>();
        private int i;

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
                } else if (token == Marker.CONTINUOUS) {
                    i++;
                    int[] years = planYears("timeframe.problem.recurringWithoutYears");
                    add(LocalDate.of(years[0], 1, 1), LocalDate.of(years[1], 12, 31), true);
                } else if (token == Marker.BEFORE || token == Marker.UNTIL || token == Marker.TO) {
                    i++;
                    deadline(token == Marker.BEFORE);
                } else {
                    phase((Point) token);
                }
            }
            return phases;
        }

        private void phase(Point from) {
            i++;
            Point to = from;
            if ((at(Marker.RANGE) || at(Marker.TO))
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1) instanceof Point next) {
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
            } else if (followedByItsYear()) {
                Point year = (Point) tokens.get(i++);
                add(from.withYear(year.year()).first(), to.withYear(year.year()).last(), false);
            } else {
                throw new Unreadable("timeframe.problem.monthWithoutYear", null);
            }
        }

        private boolean followedByItsYear() {
            return i < tokens.size()
                    && tokens.get(i) instanceof Point year
                    && year.wholeYear()
                    && !(i + 1 < tokens.size() && tokens.get(i + 1) == Marker.RANGE);
        }

        /**
         * "Trước 30/6/2026" (to the day before), "đến hết tháng 9/2026" (to its end): from the first day of the plan's
         * period.
         */
        private void deadline(boolean before) {
            if (!(i < tokens.size() && tokens.get(i) instanceof Point written)) {
                throw new Unreadable("timeframe.problem.noYear", null);
            }
            i++;
            Point point = written;
            if (point.year() == null) {
                if (!followedByItsYear()) {
                    throw new Unreadable("timeframe.problem.monthWithoutYear", null);
                }
                point = point.withYear(((Point) tokens.get(i++)).year());
            }
            LocalDate end = before ? point.first().minusDays(1) : point.last();
            int first = planYears("timeframe.problem.deadlineWithoutPlan")[0];
            add(LocalDate.of(first, 1, 1), end, false);
        }

        /** The years after "hàng năm": one year, a range of years, or else the plan's period. */
        private int[] years() {
            if (i < tokens.size() && tokens.get(i) instanceof Point first && first.wholeYear()) {
                i++;
                if ((at(Marker.RANGE) || at(Marker.TO))
                        && i + 1 < tokens.size()
                        && tokens.get(i + 1) instanceof Point last) {
                    if (!last.wholeYear()) {
                        throw new Unreadable("timeframe.problem.recurringWithoutYears", null);
                    }
                    i += 2;
                    return new int[] {first.year(), last.year()};
                }
                return new int[] {first.year(), first.year()};
            }
            return planYears("timeframe.problem.recurringWithoutYears");
        }

        private int[] planYears(String problemWithout) {
            if (planFirstYear == null || planLastYear == null) {
                throw new Unreadable(problemWithout, null);
            }
            return new int[] {planFirstYear, planLastYear};
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

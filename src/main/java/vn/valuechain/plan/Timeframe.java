package vn.valuechain.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;

/**
 * What a timeframe as written in a plan says: its phases, or that a person must read it (needsReview, with the
 * reason as a message key and its argument). A blank text gives no phases and needs no review: the item simply has no timeframe.
 */
public record Timeframe(String text, List<Phase> phases, boolean needsReview, String problemKey, String problemArg) {

    /**
     * A period of work. A yearly recurring phase covers the months from start's month to end's month in every year
     * from start's year to end's year ("Từ tháng 04 đến tháng 12 hàng năm (2018-2020)").
     */
    public record Phase(LocalDate start, LocalDate end, boolean recurringYearly, String label) {

        /** Whether the phase has working days between the two dates (inclusive). */
        public boolean overlaps(LocalDate from, LocalDate to) {
            if (!recurringYearly) {
                return !start.isAfter(to) && !end.isBefore(from);
            }
            for (int year = Math.max(start.getYear(), from.getYear());
                    year <= Math.min(end.getYear(), to.getYear());
                    year++) {
                LocalDate seasonStart = MonthDay.from(start).atYear(year);
                LocalDate seasonEnd = MonthDay.from(end).atYear(year);
                if (!seasonStart.isAfter(to) && !seasonEnd.isBefore(from)) {
                    return true;
                }
            }
            return false;
        }
    }

    static Timeframe unreadable(String text, String problemKey, String problemArg) {
        return new Timeframe(text, List.of(), true, problemKey, problemArg);
    }

    public LocalDate start() {
        return phases.stream().map(Phase::start).min(Comparator.naturalOrder()).orElse(null);
    }

    public LocalDate end() {
        return phases.stream().map(Phase::end).max(Comparator.naturalOrder()).orElse(null);
    }

    public boolean recurring() {
        return phases.stream().anyMatch(Phase::recurringYearly);
    }
}

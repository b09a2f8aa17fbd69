package vn.valuechain.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The status of an item on a reference date, with how it was worked out:
 * done when marked done or every target is met; not started before its first phase; overdue after its last phase
 * and not done; otherwise at risk when the share achieved is below the share of its working time that has passed,
 * else in progress. Working time is the union of its phases, a yearly phase counting only its months in each year,
 * so the time between two seasons does not count as elapsed.
 */
public final class StatusCalculator {

    private StatusCalculator() {}

    public static StatusAssessment assess(
            LocalDate on, List<Timeframe.Phase> phases, boolean markedDone, Achievement achievement) {
        if (markedDone) {
            return new StatusAssessment(ItemStatus.DONE, "status.explain.markedDone", null, achievement, null, null);
        }
        if (achievement.basis() != Achievement.Basis.NONE && achievement.share() >= 1) {
            return new StatusAssessment(ItemStatus.DONE, "status.explain.achieved", null, achievement, null, null);
        }
        List<Interval> working = workingTime(phases);
        if (working.isEmpty()) {
            return new StatusAssessment(
                    ItemStatus.UNKNOWN, "status.explain.noTimeframe", null, achievement, null, null);
        }
        LocalDate start = working.get(0).start();
        LocalDate end = working.get(working.size() - 1).end();
        if (on.isBefore(start)) {
            return new StatusAssessment(
                    ItemStatus.NOT_STARTED, "status.explain.notStarted", 0.0, achievement, start, end);
        }
        if (on.isAfter(end)) {
            return new StatusAssessment(ItemStatus.OVERDUE, "status.explain.overdue", 1.0, achievement, start, end);
        }
        long total = working.stream().mapToLong(Interval::days).sum();
        long passed = working.stream()
                .filter(i -> !on.isBefore(i.start()))
                .mapToLong(i -> on.isAfter(i.end()) ? i.days() : ChronoUnit.DAYS.between(i.start(), on) + 1)
                .sum();
        double elapsed = (double) passed / total;
        return achievement.share() < elapsed
                ? new StatusAssessment(ItemStatus.AT_RISK, "status.explain.atRisk", elapsed, achievement, start, end)
                : new StatusAssessment(
                        ItemStatus.IN_PROGRESS, "status.explain.inProgress", elapsed, achievement, start, end);
    }

    private record Interval(LocalDate start, LocalDate end) {
        long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** The phases as disjoint date intervals in order, yearly phases expanded into one interval per year. */
    private static List<Interval> workingTime(List<Timeframe.Phase> phases) {
        List<Interval> intervals = new ArrayList<>();
        for (Timeframe.Phase p : phases) {
            if (p.recurringYearly()) {
                MonthDay from = MonthDay.from(p.start());
                MonthDay to = MonthDay.from(p.end());
                for (int year = p.start().getYear(); year <= p.end().getYear(); year++) {
                    intervals.add(new Interval(from.atYear(year), to.atYear(year)));
                }
            } else {
                intervals.add(new Interval(p.start(), p.end()));
            }
        }
        intervals.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval i : intervals) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !i.start().isAfter(last.end().plusDays(1))) {
                merged.set(
                        merged.size() - 1,
                        new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }
}

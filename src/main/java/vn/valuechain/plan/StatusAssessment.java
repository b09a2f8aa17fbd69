package vn.valuechain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * An item's status on a date as the database worked it out ({@code vco_item_status}), with the figures it was judged
 * on: the share of the working time passed (null without a timeframe), the share achieved and how, the first and last
 * day of the working time, and the day staff marked it done when that made it done.
 */
public record StatusAssessment(
        ItemStatus status,
        Double elapsedShare,
        Achievement achievement,
        LocalDate start,
        LocalDate end,
        LocalDate doneOn) {

    /** How far the share achieved may trail the elapsed share before an item is at risk (domain.md). */
    public static final int AT_RISK_POINTS = 5;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public int atRiskPoints() {
        return AT_RISK_POINTS;
    }

    public Integer elapsedPercent() {
        return elapsedShare == null ? null : (int) Math.round(elapsedShare * 100);
    }

    /**
     * Percentage points by which the share achieved trails the elapsed share (negative when ahead), to one decimal:
     * whole points would show an item 5.4 points behind, at risk, as "5 points behind, more than 5".
     */
    public BigDecimal pointsBehind() {
        return elapsedShare == null
                ? null
                : BigDecimal.valueOf((elapsedShare - achievement.share()) * 100).setScale(1, RoundingMode.HALF_UP);
    }

    public String explanationKey() {
        return switch (status) {
            case DONE -> doneOn != null ? "status.explain.markedDone" : "status.explain.achieved";
            case UNKNOWN -> "status.explain.noTimeframe";
            case NOT_STARTED -> "status.explain.notStarted";
            case OVERDUE -> "status.explain.overdue";
            case AT_RISK -> "status.explain.atRisk";
            case IN_PROGRESS -> "status.explain.inProgress";
        };
    }

    /**
     * Arguments of the explanation: {0} elapsed %, {1} achieved %, {2} start, {3} end, {4} the day marked done, {5}
     * points behind, {6} the at-risk margin.
     */
    public Object[] explanationArgs() {
        return new Object[] {
            elapsedPercent(),
            achievement.percent(),
            format(start),
            format(end),
            format(doneOn),
            pointsBehind(),
            AT_RISK_POINTS
        };
    }

    /** The message key saying how the achieved share was worked out, and its arguments. */
    public String achievementKey() {
        return "status.achievement." + achievement.basis();
    }

    public Object[] achievementArgs() {
        return new Object[] {achievement.percent(), achievement.targets()};
    }

    private static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}

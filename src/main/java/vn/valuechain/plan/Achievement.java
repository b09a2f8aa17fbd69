package vn.valuechain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How much of an item is achieved, as a share from 0 to 1, and what that was read from: its targets (the average over
 * targets of accepted actual values ÷ target value, each capped at 1), else the percent complete of the latest
 * accepted report, else nothing (no accepted report yet), which counts as 0.
 */
public record Achievement(double share, Basis basis, int targets) {

    public enum Basis {
        TARGETS,
        REPORTED_PERCENT,
        NONE
    }

    public static final Achievement NONE = new Achievement(0, Basis.NONE, 0);

    /** Each entry: a target's value and the sum of accepted actual values against it. */
    public static Achievement of(List<TargetProgress> targets, BigDecimal latestAcceptedPercent) {
        List<TargetProgress> measurable = targets.stream()
                .filter(t -> t.target().signum() > 0 && t.accepted() != null)
                .toList();
        if (!measurable.isEmpty()) {
            double sum = measurable.stream()
                    .mapToDouble(t -> Math.min(
                            1,
                            t.accepted()
                                    .divide(t.target(), 6, RoundingMode.HALF_UP)
                                    .doubleValue()))
                    .sum();
            return new Achievement(sum / measurable.size(), Basis.TARGETS, measurable.size());
        }
        if (latestAcceptedPercent != null) {
            return new Achievement(Math.min(1, latestAcceptedPercent.doubleValue() / 100), Basis.REPORTED_PERCENT, 0);
        }
        return NONE;
    }

    public int percent() {
        return (int) Math.round(share * 100);
    }

    /** A target's value and what accepted reports say was achieved against it (null: nothing accepted yet). */
    public record TargetProgress(BigDecimal target, BigDecimal accepted) {}
}

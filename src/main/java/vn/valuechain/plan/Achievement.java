package vn.valuechain.plan;

/**
 * How much of an item is achieved on a date, as a share from 0 to 1, and what it was read from: its targets (the mean
 * over them of the accepted amount ÷ the target, each capped at 1, a target nobody reported on counting 0), else, for
 * an item without targets, the percent complete of its latest accepted report, else nothing yet (0).
 */
public record Achievement(double share, Basis basis, int targets) {

    public enum Basis {
        TARGETS,
        REPORTED_PERCENT,
        NONE
    }

    public int percent() {
        return (int) Math.round(share * 100);
    }
}

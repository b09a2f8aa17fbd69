package vn.valuechain.plan;

/** Where an action item stands on a reference date; see {@link StatusCalculator}. */
public enum ItemStatus {
    NOT_STARTED,
    IN_PROGRESS,
    AT_RISK,
    OVERDUE,
    DONE,
    /** The timeframe could not be read, so time cannot be judged. */
    UNKNOWN
}

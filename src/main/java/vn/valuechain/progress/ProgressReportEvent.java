package vn.valuechain.progress;

/**
 * A step of a report's review, published inside the transaction that takes it so that whoever listens (in-app
 * notifications) records it with the step or not at all. author is the username of who submitted the report.
 */
public record ProgressReportEvent(
        Kind kind, long reportId, String itemLabel, String unitName, ReportPeriod period, String author) {

    public enum Kind {
        SUBMITTED,
        RETURNED,
        ACCEPTED
    }
}

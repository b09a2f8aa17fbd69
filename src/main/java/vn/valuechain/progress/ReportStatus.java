package vn.valuechain.progress;

/** A district drafts and submits; the office returns it for changes or accepts it. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}

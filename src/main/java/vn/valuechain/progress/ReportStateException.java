package vn.valuechain.progress;

/** A step the report's status does not allow: editing an accepted report, accepting a draft. */
public class ReportStateException extends RuntimeException {

    private final ReportStatus status;

    public ReportStateException(long reportId, ReportStatus status) {
        super("Report " + reportId + " is " + status);
        this.status = status;
    }

    public ReportStatus getStatus() {
        return status;
    }
}

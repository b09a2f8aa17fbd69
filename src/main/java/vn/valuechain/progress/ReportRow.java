package vn.valuechain.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A progress report as lists show it, read in one query. */
public record ReportRow(
        Long id,
        long version,
        Long itemId,
        Long planId,
        String planNumber,
        String sectionCode,
        String ordinal,
        String content,
        Long unitId,
        String unitName,
        ReportPeriodType periodType,
        int periodYear,
        int periodNumber,
        ReportStatus status,
        BigDecimal percentComplete,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        String reviewComment) {

    public ReportPeriod period() {
        return new ReportPeriod(periodType, periodYear, periodNumber);
    }

    /**
     * Why the report does or does not count in the item's progress on a date, as a message key: counted when
     * accepted and its period ended by then (the rule of {@code vco_item_status}).
     */
    public String countOn(LocalDate on) {
        if (status != ReportStatus.ACCEPTED) {
            return "item.progress.report.notAccepted";
        }
        return period().end().isAfter(on) ? "item.progress.report.later" : "item.progress.report.counted";
    }
}

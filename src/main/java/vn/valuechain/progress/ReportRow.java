package vn.valuechain.progress;

import java.math.BigDecimal;
import java.time.Instant;

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
}

package vn.valuechain.progress;

/** Quý, 6 tháng, năm. The period number is the quarter (1–4), the half (1–2) or 1 for a year. */
public enum ReportPeriodType {
    QUARTER,
    HALF_YEAR,
    YEAR
}

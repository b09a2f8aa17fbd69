package vn.valuechain.progress;

import java.time.LocalDate;

/** A reporting period: quarter 1–4, half 1–2 (6 tháng đầu/cuối năm) or the year (number 1) of a year. */
public record ReportPeriod(ReportPeriodType type, int year, int number) {

    public static ReportPeriod quarterOf(LocalDate date) {
        return new ReportPeriod(ReportPeriodType.QUARTER, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public boolean isValid() {
        int max = switch (type) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        return number >= 1 && number <= max && year >= 1900 && year <= 2100;
    }

    public LocalDate start() {
        return LocalDate.of(year, firstMonth(), 1);
    }

    public LocalDate end() {
        int months = switch (type) {
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
        return start().plusMonths(months).minusDays(1);
    }

    private int firstMonth() {
        return switch (type) {
            case QUARTER -> (number - 1) * 3 + 1;
            case HALF_YEAR -> (number - 1) * 6 + 1;
            case YEAR -> 1;
        };
    }

    /** Message key of the label: "Quý 1/2019", "6 tháng đầu năm 2019", "Năm 2019". */
    public String labelKey() {
        return "period." + type;
    }

    /** Arguments of the label: the number (a choice for halves), and the year as text, not "2.019". */
    public Object[] labelArgs() {
        return new Object[] {number, String.valueOf(year)};
    }
}

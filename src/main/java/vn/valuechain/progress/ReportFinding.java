package vn.valuechain.progress;

/**
 * What an accepted progress report says of difficulties and proposals, with the item and unit it comes from, for the
 * official report on the plan ("Khó khăn, vướng mắc", "Đề xuất, kiến nghị").
 */
public record ReportFinding(
        String sectionCode,
        String ordinal,
        String unitName,
        ReportPeriodType periodType,
        int periodYear,
        int periodNumber,
        String difficulties,
        String proposals) {

    public ReportPeriod period() {
        return new ReportPeriod(periodType, periodYear, periodNumber);
    }
}

package vn.valuechain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The projections the framework pages are read from, each in one query over a set of items. */
public final class FrameworkRows {

    private FrameworkRows() {}

    public record ItemRow(
            Long id,
            Long planId,
            String planNumber,
            Long sectionId,
            String sectionCode,
            String sectionTitle,
            Long chainId,
            int sectionOrder,
            String ordinal,
            int sortOrder,
            String content,
            String inputActivities,
            String expectedOutputs,
            String timeframeText,
            boolean timeframeNeedsReview,
            boolean done) {}

    public record AgencyRow(
            Long itemId,
            AgencyRole role,
            String writtenAs,
            Long agencyId,
            String agencyLabel,
            Long unitId,
            String unitName,
            boolean needsReview) {}

    public record PhaseRow(Long itemId, LocalDate startOn, LocalDate endOn, boolean recurringYearly, String label) {}

    /** A target and the sum of the actual values accepted reports give for it (null: none yet). */
    public record TargetRow(
            Long itemId, Long id, String indicator, BigDecimal value, String unit, Integer year, BigDecimal accepted) {}

    /** An item's cells as the government table has them, to compare with an imported table. */
    public record ItemCells(
            Long id,
            long version,
            String sectionCode,
            String ordinal,
            String content,
            String inputActivities,
            String expectedOutputs,
            String timeframeText,
            boolean done) {}
}

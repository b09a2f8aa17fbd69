package vn.valuechain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The projections the framework pages are read from, each in one query over a set of items. */
public final class FrameworkRows {

    private FrameworkRows() {}

    /** The message keys of the government table's eight columns, in its order: its layout and the item lists' export. */
    public static final List<String> HEADINGS = List.of(
            "framework.ordinal",
            "framework.content",
            "framework.inputActivities",
            "framework.expectedOutputs",
            "framework.timeframe",
            "framework.lead",
            "framework.coordinating",
            "framework.supporting");

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
            boolean timeframeNeedsReview) {}

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

    public record TargetRow(Long itemId, Long id, String indicator, BigDecimal value, String unit, Integer year) {}

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
            LocalDate doneOn) {}
}

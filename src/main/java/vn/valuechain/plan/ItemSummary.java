package vn.valuechain.plan;

import java.util.List;
import java.util.Map;
import vn.valuechain.plan.FrameworkRows.ItemRow;

/** An item as the framework table and the lists show it: its row, agencies by role, phases and status on a date. */
public record ItemSummary(
        ItemRow item,
        Map<AgencyRole, List<AgencyCell>> agencies,
        List<Timeframe.Phase> phases,
        StatusAssessment status) {

    public List<AgencyCell> agencies(AgencyRole role) {
        return agencies.getOrDefault(role, List.of());
    }

    public List<AgencyCell> lead() {
        return agencies(AgencyRole.LEAD);
    }

    public List<AgencyCell> coordinating() {
        return agencies(AgencyRole.COORDINATING);
    }

    public List<AgencyCell> supporting() {
        return agencies(AgencyRole.SUPPORTING);
    }

    public boolean needsReview() {
        return item.timeframeNeedsReview()
                || agencies.values().stream().flatMap(List::stream).anyMatch(AgencyCell::needsReview);
    }

    /** A phrase of an agency cell as written, and what it was read as (an agency, or units); flagged if nothing. */
    public record AgencyCell(String writtenAs, String meaning, boolean needsReview) {}
}

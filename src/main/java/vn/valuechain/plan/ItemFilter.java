package vn.valuechain.plan;

/** Filters of the item lists; null (false) means any. The role counts only with an agency. */
public record ItemFilter(
        ItemStatus status, Long agencyId, AgencyRole role, Long chainId, Long planId, boolean needsReview) {

    public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, false);

    /**
     * Without an agency the role is dropped, so that a list whose form sends the lead's role by default is
     * {@link #NONE} (the whole list then counts its total apart: about 2 ms instead of 17 on 17,000 items).
     */
    public ItemFilter {
        role = agencyId == null ? null : role;
    }

    public static ItemFilter ofPlan(Long planId) {
        return new ItemFilter(null, null, null, null, planId, false);
    }
}

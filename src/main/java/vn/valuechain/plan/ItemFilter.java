package vn.valuechain.plan;

/** Filters of the item lists; null (false) means any. The role counts only with an agency. */
public record ItemFilter(
        ItemStatus status, Long agencyId, AgencyRole role, Long chainId, Long planId, boolean needsReview) {

    public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, false);

    public static ItemFilter ofPlan(Long planId) {
        return new ItemFilter(null, null, null, null, planId, false);
    }
}

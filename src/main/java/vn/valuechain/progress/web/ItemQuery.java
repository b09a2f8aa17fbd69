package vn.valuechain.progress.web;

import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.ItemStatus;

/**
 * The item list's filters as its query string names them ({@code ?status=&agency=&role=&chain=&plan=&review=}), bound
 * once for the page and its export so that both read the same. The role is the lead's unless asked.
 */
record ItemQuery(ItemStatus status, Long agency, AgencyRole role, Long chain, Long plan, Boolean review) {

    /** Absent or blank: the lead's role, and not only the items to review. */
    ItemQuery {
        role = role == null ? AgencyRole.LEAD : role;
        review = Boolean.TRUE.equals(review);
    }

    ItemFilter filter() {
        return new ItemFilter(status, agency, role, chain, plan, review);
    }
}

package vn.valuechain.enterprise;

import lombok.Value;

/** The enterprises list's search and filters, as the query string carries them (and the filter form shows). */
@Value
public class EnterpriseFilter {

    String q;
    /** True: in the province; false: outside it; null: both. */
    Boolean inProvince;

    EnterpriseRole role;
    EnterpriseStatus status;
    Long unitId;
    String unitLabel;

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

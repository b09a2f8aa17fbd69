package vn.valuechain.cooperative;

import lombok.Value;

/** The cooperatives list's search and filters, as the query string carries them (and the filter form shows). */
@Value
public class CooperativeFilter {

    String q;
    CooperativeType type;
    CooperativeStatus status;
    Long productId;
    Long unitId;
    String unitLabel;

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

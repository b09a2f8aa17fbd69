package vn.valuechain.chain;

import lombok.Value;

/** The chains list's search and filters, as the query string carries them. */
@Value
public class ChainFilter {

    String q;
    Long productId;
    ChainStatus status;
    Long planId;
    Long unitId;
    String unitLabel;

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

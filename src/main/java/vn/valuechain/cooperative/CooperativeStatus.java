package vn.valuechain.cooperative;

/** Plans list cooperatives to consolidate or to found as well as those that exist. */
public enum CooperativeStatus {
    EXISTING,
    TO_CONSOLIDATE,
    PLANNED,
    DISSOLVED
}

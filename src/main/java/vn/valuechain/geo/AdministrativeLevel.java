package vn.valuechain.geo;

/** Tỉnh, huyện, xã. Districts were abolished on 1 July 2025; their records stay, with an end date. */
public enum AdministrativeLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /**
     * Whether a unit of this level may sit under a unit of the given level (null: no parent). Communes
     * were under districts until 1 July 2025 and are directly under the province since.
     */
    public boolean mayBeUnder(AdministrativeLevel parent) {
        return switch (this) {
            case PROVINCE -> parent == null;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == DISTRICT || parent == PROVINCE;
        };
    }
}

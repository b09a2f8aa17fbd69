package vn.valuechain.geo;

/** Tỉnh, huyện, xã. Districts were abolished on 1 July 2025; their records stay, with an end date. */
public enum AdministrativeLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE;

    /** The level a unit's parent must have, or null for a province. */
    public AdministrativeLevel parentLevel() {
        return switch (this) {
            case PROVINCE -> null;
            case DISTRICT -> PROVINCE;
            case COMMUNE -> DISTRICT;
        };
    }
}

package vn.valuechain.geo;

import java.util.List;

/**
 * The administrative units a query is limited to: everything, or a unit and all units below it.
 * {@link #ids()} is never empty, so it can be bound to a JPQL {@code in} list as it is.
 */
public record UnitScope(boolean unrestricted, List<Long> ids) {

    public static final UnitScope ALL = new UnitScope(true, List.of(-1L));

    public static UnitScope of(List<Long> ids) {
        return new UnitScope(false, ids.isEmpty() ? List.of(-1L) : List.copyOf(ids));
    }

    public boolean contains(Long unitId) {
        return unrestricted || (unitId != null && ids.contains(unitId));
    }
}

package vn.valuechain.geo;

import java.util.List;

/**
 * The administrative units a query is limited to: everything, or a unit and all units below it.
 * {@link #ids()} is never empty, so it can be bound to a JPQL {@code in} list as it is.
 */
public record UnitScope(boolean unrestricted, List<Long> ids) {

    /**
     * In a list query, the units of the scope whose unit is bound to {@code :scope} ({@link GeoService#scopeRoot}):
     * the query selects them from the unit map itself, from one id. A list bound to "in :ids" would work too, but
     * Hibernate keeps no SQL for a query with a list parameter and translates it again on every request.
     */
    public static final String SCOPE_UNITS = "(select m.unitId from UnitMapRow m where m.targetId = :scope)";

    /** The same for the unit a list is filtered by, bound to {@code :filter}. */
    public static final String FILTER_UNITS = "(select m.unitId from UnitMapRow m where m.targetId = :filter)";

    public static final UnitScope ALL = new UnitScope(true, List.of(-1L));

    public static UnitScope of(List<Long> ids) {
        return new UnitScope(false, ids.isEmpty() ? List.of(-1L) : List.copyOf(ids));
    }

    public boolean contains(Long unitId) {
        return unrestricted || (unitId != null && ids.contains(unitId));
    }
}

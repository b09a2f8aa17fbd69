package vn.valuechain.geo;

/**
 * SQL for counting records under the units tables group by on a date: the unit in force then that a record's unit lies
 * in, at the level of {@code vco_group_level} (districts before 01/07/2025, communes after; provinces at a national
 * installation's whole scope), through the map the database keeps ({@code unit_map}, alias {@code m}). A unit coarser
 * than that level has no row there and stays itself. One text for every figure grouped by unit, so that they agree.
 */
public final class UnitGrouping {

    private UnitGrouping() {}

    /**
     * The select list: the unit a record counts under, named {@code as}, and {@code whole} (false: the record's unit
     * lies in it only in part). Goes with {@link #join} and a {@code group by} on {@link #key}.
     */
    public static String columns(String unit, String as) {
        return key(unit) + " as " + as + ", bool_or(coalesce(m.whole, true)) as whole";
    }

    /** The unit a record counts under, for the {@code group by}. */
    public static String key(String unit) {
        return "coalesce(m.target_id, " + unit + ")";
    }

    /**
     * The left join of the unit column to the unit map on the date parameter {@code :date}; {@code all} is the SQL
     * telling whether the scope is the whole installation. The level is a sub-select, worked out once rather than
     * once per row of unit_map (4 s on national data otherwise).
     */
    public static String join(String unit, String date, String all) {
        String on = "cast(:" + date + " as date)";
        return " left join unit_map m on m.unit_id = " + unit
                + " and m.level = (select vco_group_level(" + on + ", " + all + "))"
                + " and coalesce(m.valid_from, '-infinity') <= " + on
                + " and coalesce(m.valid_to, 'infinity') >= " + on + " ";
    }
}

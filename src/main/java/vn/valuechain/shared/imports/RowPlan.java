package vn.valuechain.shared.imports;

/**
 * What a row would do: create a record or update the matched one (unchanged when no field differs). A row with a
 * cell error is never applied.
 *
 * @param key identifies the record within the file, so that a record given twice is reported
 * @param name the record as people know it, for the dry run's table
 */
public record RowPlan(String key, String name, boolean creates, Runnable apply) {

    public static RowPlan create(String key, String name, Runnable apply) {
        return new RowPlan(key, name, true, apply);
    }

    public static RowPlan update(String key, String name, Runnable apply) {
        return new RowPlan(key, name, false, apply);
    }

    /** A row too wrong to be matched to anything (its errors are noted on the row). */
    public static RowPlan invalid(String name) {
        return new RowPlan(null, name, true, () -> {
            throw new IllegalStateException("an invalid row is never applied");
        });
    }
}

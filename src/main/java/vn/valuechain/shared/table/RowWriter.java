package vn.valuechain.shared.table;

import java.util.List;

/** Where a table's rows go, one at a time, so that no export holds all its rows in memory. */
public interface RowWriter {

    /** How many rows will follow, when known before the first one (for the progress shown in the page). */
    void total(long rows);

    /**
     * One row, a cell per column: {@code String}, any {@code Number}, {@code LocalDate} or null. Labels (enum
     * names, yes/no) are resolved by the caller, in the reader's language.
     */
    void row(List<?> cells);
}

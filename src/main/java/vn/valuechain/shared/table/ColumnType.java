package vn.valuechain.shared.table;

/** How a column's cells are written: real numbers and dates in XLSX, plain unambiguous text in CSV. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    /** A percentage as a number of hundredths (62.5 means 62.5 %), as the dashboard computes it. */
    PERCENT,
    DATE,
    /** A moment as the office reads it (a {@code LocalDateTime} in the province's time, see {@link Exports#moment}). */
    DATE_TIME
}

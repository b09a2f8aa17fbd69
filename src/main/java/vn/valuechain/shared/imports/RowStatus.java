package vn.valuechain.shared.imports;

/** What the dry run says of a row. */
public enum RowStatus {
    NEW,
    CHANGED,
    UNCHANGED,
    ERROR
}

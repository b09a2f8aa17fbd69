package vn.valuechain.shared.table;

/** Writes a table's rows when the export runs, typically page by page from a query. */
@FunctionalInterface
public interface RowSource {

    void writeTo(RowWriter out);
}

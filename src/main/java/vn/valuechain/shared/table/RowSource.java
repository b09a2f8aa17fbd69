package vn.valuechain.shared.table;

/** Writes a table's rows when the export runs, typically page by page from a query. */
@FunctionalInterface
public interface RowSource {

    void writeTo(RowWriter out);

    /** These rows, then the given ones (a table's totals). */
    default RowSource followedBy(java.util.List<? extends java.util.List<?>> more) {
        return out -> {
            writeTo(out);
            more.forEach(out::row);
        };
    }
}

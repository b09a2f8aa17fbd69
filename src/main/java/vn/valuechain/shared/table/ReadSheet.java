package vn.valuechain.shared.table;

import java.util.List;

/** A sheet of a workbook, a table of a Word document, or a whole CSV file: its non-blank rows. */
public record ReadSheet(String name, List<ReadRow> rows) {

    public ReadSheet {
        rows = List.copyOf(rows);
    }
}

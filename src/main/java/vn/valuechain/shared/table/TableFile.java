package vn.valuechain.shared.table;

import java.util.List;

/** What an uploaded file held: its kind and its tables (sheets, Word tables, or the one CSV table). */
public record TableFile(Kind kind, List<ReadSheet> sheets) {

    public enum Kind {
        XLSX,
        DOCX,
        CSV
    }

    public TableFile {
        sheets = List.copyOf(sheets);
    }
}

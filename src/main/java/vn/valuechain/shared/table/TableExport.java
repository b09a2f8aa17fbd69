package vn.valuechain.shared.table;

import java.util.List;

/**
 * A table to send out: what it is (title and context lines: unit, reference date, filters), its columns and rows.
 * Written by {@link XlsxWriter} (one sheet per table) or {@link CsvWriter}.
 *
 * @param fileName the download's name without extension
 * @param sheetName at most 31 characters (Excel's limit); see {@link #sheetNameOf(String)}
 */
public record TableExport(
        String fileName, String sheetName, String title, List<String> context, List<Column> columns, RowSource rows) {

    public TableExport {
        context = List.copyOf(context);
        columns = List.copyOf(columns);
    }

    /** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
    public static String sheetNameOf(String title) {
        String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
        return clean.length() <= 31 ? clean : clean.substring(0, 31).trim();
    }
}

package vn.valuechain.shared.table;

import java.util.List;

/** A row of an uploaded table, numbered as the spreadsheet or document shows it (from 1). */
public record ReadRow(int number, List<CellValue> cells) {

    public ReadRow {
        cells = List.copyOf(cells);
    }

    public CellValue cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : CellValue.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(CellValue::isBlank);
    }
}

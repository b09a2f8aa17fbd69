package vn.valuechain.shared.table;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cell as read: its text as shown (trimmed, never null), and the number or date a spreadsheet stored when it
 * stored one. Text cells are parsed by {@link CellParsers}.
 */
public record CellValue(String text, BigDecimal number, LocalDate date) {

    public static final CellValue EMPTY = new CellValue("", null, null);

    public static CellValue text(String text) {
        return text == null || text.isBlank() ? EMPTY : new CellValue(CellText.restore(text.strip()), null, null);
    }

    public boolean isBlank() {
        return text.isEmpty() && number == null && date == null;
    }
}

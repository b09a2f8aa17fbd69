package vn.valuechain.shared.table;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A cell as read: its text as shown (trimmed, composed Unicode, never null), and the number or date a spreadsheet
 * stored when it stored one. A formula whose value the file does not hold (never calculated, or an error such as
 * {@code #REF!}) has no text and keeps its formula in {@code brokenFormula}, so a caller can say so instead of
 * reading an empty cell. Text cells are parsed by {@link CellParsers}.
 */
public record CellValue(String text, BigDecimal number, LocalDate date, String brokenFormula) {

    public static final CellValue EMPTY = new CellValue("", null, null, null);

    public CellValue(String text, BigDecimal number, LocalDate date) {
        this(text, number, date, null);
    }

    public static CellValue text(String text) {
        return text == null || text.isBlank()
                ? EMPTY
                : new CellValue(CellText.restore(Normalizer.normalize(text.strip(), Normalizer.Form.NFC)), null, null);
    }

    /** A formula cell whose value cannot be read. */
    public static CellValue brokenFormula(String formula) {
        return new CellValue("", null, null, "=" + formula);
    }

    public boolean isBlank() {
        return text.isEmpty() && number == null && date == null && brokenFormula == null;
    }
}

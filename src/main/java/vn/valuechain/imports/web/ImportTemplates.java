package vn.valuechain.imports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.table.Column;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;

/**
 * The blank file of a kind: its headers in the reader's language (required ones in bold on a coloured fill), an
 * example row, drop-down lists for the columns that take a value from a list (kept on a hidden sheet "Danh mục"), and a
 * sheet of notes on formats. The CSV template is the header and the example row.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportTemplates {

    /** Rows below the header the drop-down lists apply to. */
    private static final int VALIDATED_ROWS = 5000;

    private final Exports exports;

    byte[] xlsx(TableImporter importer) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(TableExport.sheetNameOf(exports.label(importer.titleKey())));
            XSSFSheet lists = book.createSheet(exports.label("import.template.listsSheet"));
            XSSFSheet notes = book.createSheet(exports.label("import.template.notesSheet"));
            CellStyle required = headerStyle(book, true);
            CellStyle optional = headerStyle(book, false);
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            List<ImportColumn> columns = importer.columns();
            int listColumn = 0;
            for (int c = 0; c < columns.size(); c++) {
                ImportColumn column = columns.get(c);
                header.createCell(c).setCellValue(exports.label(column.key()));
                header.getCell(c).setCellStyle(column.required() ? required : optional);
                List<String> choices = choices(column);
                String sample = column.example() != null ? column.example() : choices.isEmpty() ? null : choices.get(0);
                if (sample != null) {
                    example.createCell(c).setCellValue(sample);
                }
                sheet.setColumnWidth(
                        c, Math.min(Math.max(exports.label(column.key()).length() + 4, 14), 40) * 256);
                if (!choices.isEmpty()) {
                    list(book, lists, sheet, listColumn++, c, choices);
                }
            }
            sheet.createFreezePane(0, 1);
            book.setSheetHidden(book.getSheetIndex(lists), true);
            notes(notes, columns);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV template as a table of one example row. */
    TableExport csv(TableImporter importer, String fileName) {
        List<Column> header = importer.columns().stream()
                .map(c -> new Column(exports.label(c.key()), ColumnType.TEXT))
                .toList();
        List<Object> example = new ArrayList<>();
        for (ImportColumn column : importer.columns()) {
            List<String> choices = choices(column);
            example.add(column.example() != null ? column.example() : choices.isEmpty() ? null : choices.get(0));
        }
        return new TableExport(fileName, importer.about().fileName(), "", List.of(), header, rows -> rows.row(example));
    }

    private List<String> choices(ImportColumn column) {
        if (column.enumType() != null) {
            return Arrays.stream(column.enumType().getEnumConstants())
                    .map(e -> exports.label((Enum<?>) e))
                    .toList();
        }
        if (!column.choiceKeys().isEmpty()) {
            return column.choiceKeys().stream().map(k -> exports.label(k)).toList();
        }
        return column.choices() == null ? List.of() : column.choices().get();
    }

    /** The values on the hidden sheet, a name for their range, and a drop-down list on the column. */
    private void list(
            XSSFWorkbook book, XSSFSheet lists, XSSFSheet sheet, int listColumn, int column, List<String> choices) {
        for (int i = 0; i < choices.size(); i++) {
            row(lists, i).createCell(listColumn).setCellValue(choices.get(i));
        }
        String letter = CellReference.convertNumToColString(listColumn);
        Name name = book.createName();
        name.setNameName("list_" + letter);
        name.setRefersToFormula("'" + lists.getSheetName() + "'!$" + letter + "$1:$" + letter + "$" + choices.size());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(name.getNameName()),
                new CellRangeAddressList(1, VALIDATED_ROWS, column, column));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(
                exports.label("import.template.invalidTitle"), exports.label("import.template.invalidText"));
        sheet.addValidationData(validation);
    }

    private void notes(XSSFSheet notes, List<ImportColumn> columns) {
        int r = 0;
        for (String key : List.of(
                "import.template.note.required",
                "import.template.note.key",
                "import.template.note.numbers",
                "import.template.note.dates",
                "import.template.note.lists",
                "import.template.note.absent",
                "import.template.note.example")) {
            notes.createRow(r++).createCell(0).setCellValue(exports.label(key));
        }
        r++;
        for (ImportColumn column : columns) {
            Row row = notes.createRow(r++);
            row.createCell(0).setCellValue(exports.label(column.key()));
            row.createCell(1)
                    .setCellValue(
                            exports.label(column.required() ? "import.template.required" : "import.template.optional"));
            row.createCell(2).setCellValue(exports.label("import.template.type." + column.type()));
        }
        notes.setColumnWidth(0, 40 * 256);
        notes.setColumnWidth(1, 16 * 256);
        notes.setColumnWidth(2, 40 * 256);
    }

    private static Row row(XSSFSheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static CellStyle headerStyle(XSSFWorkbook book, boolean required) {
        Font bold = book.createFont();
        bold.setBold(required);
        CellStyle style = book.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(
                required ? IndexedColors.LIGHT_YELLOW.getIndex() : IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}

package vn.valuechain.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX made for people: a title row and context lines (what, which unit, which date), a bold frozen header row with
 * an autofilter, wrapped text, real numbers and dates shown the Vietnamese way (dd/mm/yyyy), widths from the content.
 * Rows stream through a window of a hundred, so tens of thousands of rows never sit in memory together.
 */
public final class XlsxWriter {

    private static final int WINDOW = 100;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {}

    public static void write(TableExport table, OutputStream out, ExportProgress.Tracker progress) {
        write(List.of(table), out, progress);
    }

    /** One sheet per table, in order: a workbook of summaries. */
    public static void write(List<TableExport> tables, OutputStream out, ExportProgress.Tracker progress) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            for (TableExport table : tables) {
                sheet(workbook, styles, table, progress);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void sheet(
            SXSSFWorkbook workbook, Styles styles, TableExport table, ExportProgress.Tracker progress) {
        SXSSFSheet sheet = workbook.createSheet(TableExport.sheetNameOf(table.sheetName()));
        List<Column> columns = table.columns();
        int last = Math.max(columns.size() - 1, 0);
        int r = 0;
        Cell title = sheet.createRow(r).createCell(0);
        title.setCellValue(table.title());
        title.setCellStyle(styles.title);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
        r++;
        for (String line : table.context()) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.context);
            r++;
        }
        r++;
        int headerRow = r;
        Row header = sheet.createRow(r++);
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = Math.min(Math.max(columns.get(c).header().length() + 2, 10), 30);
        }
        sheet.createFreezePane(0, headerRow + 1);
        int[] next = {r};
        table.rows().writeTo(progress.counting(cells -> {
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                int length =
                        cell(row.createCell(c), cells.get(c), columns.get(c).type(), styles);
                widths[c] = Math.max(widths[c], Math.min(length + 2, MAX_WIDTH));
            }
        }));
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next[0] - 1), 0, last));
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** Writes one value and returns its length in characters, for the column's width. */
    private static int cell(Cell cell, Object value, ColumnType type, Styles styles) {
        if (value == null) {
            cell.setCellStyle(styles.text);
            return 0;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        if (value instanceof Number number && type != ColumnType.TEXT) {
            BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
            if (type == ColumnType.PERCENT) {
                cell.setCellValue(decimal.movePointLeft(2).doubleValue());
                cell.setCellStyle(styles.percent);
                return 7;
            }
            cell.setCellValue(decimal.doubleValue());
            boolean whole = decimal.stripTrailingZeros().scale() <= 0;
            cell.setCellStyle(whole ? styles.integer : styles.decimal);
            return decimal.toPlainString().length() + 3;
        }
        String text = value.toString();
        cell.setCellValue(text);
        // A text cell is never a formula in XLSX; the quote prefix also keeps Excel from taking it for one once edited.
        cell.setCellStyle(CellText.looksLikeFormula(text) ? styles.quoted : styles.text);
        return text.lines().mapToInt(String::length).max().orElse(0);
    }

    private static final class Styles {

        final CellStyle title;
        final CellStyle context;
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            title = workbook.createCellStyle();
            title.setFont(big);
            context = workbook.createCellStyle();
            context.setFont(italic);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
            integer = valueStyle(workbook, "#,##0");
            decimal = valueStyle(workbook, "#,##0.0##");
            percent = valueStyle(workbook, "0.0%");
            date = valueStyle(workbook, "dd/mm/yyyy");
            dateTime = valueStyle(workbook, "dd/mm/yyyy hh:mm");
        }

        /** A number's or a date's cell: Excel's format, at the top of its row like the text beside it. */
        private static CellStyle valueStyle(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}

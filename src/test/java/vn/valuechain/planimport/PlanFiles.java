package vn.valuechain.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word, Excel and CSV files of a plan's tables written the way departments write them, built in code. A cell's text
 * is written as a person types it: each line ("\n") its own paragraph in Word; a line starting "• " a bulleted list
 * item (the bullet is Word's numbering, not text); "↵" a line break inside a paragraph. Excel and CSV cells keep the
 * lines, without the "• ".
 */
final class PlanFiles {

    /** How a row is laid out: a header row (repeated on every printed page in Word), a heading merged across, data. */
    enum Shape {
        HEADER,
        MERGED,
        DATA
    }

    record TableRow(Shape shape, String... cells) {}

    static TableRow header(String... cells) {
        return new TableRow(Shape.HEADER, cells);
    }

    static TableRow merged(String text) {
        return new TableRow(Shape.MERGED, text);
    }

    static TableRow row(String... cells) {
        return new TableRow(Shape.DATA, cells);
    }

    private PlanFiles() {}

    /** The text a cell holds once read: lines as written, bullets left to Word, breaks as new lines. */
    static String read(String written) {
        return Arrays.stream(written.split("\n"))
                .map(l -> l.startsWith("• ") ? l.substring(2) : l)
                .map(l -> l.replace("↵", "\n"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    /** A Word document: the title block as paragraphs, then each table, with a paragraph between tables. */
    static byte[] docx(List<String> titleBlock, List<List<TableRow>> tables) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger bullets = bullets(doc);
            for (String line : titleBlock) {
                doc.createParagraph().createRun().setText(line);
            }
            for (List<TableRow> rows : tables) {
                int width = rows.stream().mapToInt(r -> r.cells().length).max().orElse(1);
                XWPFTable table = doc.createTable(1, width);
                boolean first = true;
                for (TableRow r : rows) {
                    XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                    first = false;
                    if (r.shape() == Shape.MERGED) {
                        for (int c = row.getTableCells().size() - 1; c > 0; c--) {
                            row.removeCell(c);
                        }
                        XWPFTableCell cell = row.getCell(0);
                        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(width));
                        write(cell, r.cells()[0], bullets);
                        continue;
                    }
                    for (int c = 0; c < width; c++) {
                        write(row.getCell(c), c < r.cells().length ? r.cells()[c] : "", bullets);
                    }
                    if (r.shape() == Shape.HEADER) {
                        row.setRepeatHeader(true);
                    }
                }
                doc.createParagraph();
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word table row whose cells span columns or continue a vertical merge, for the grid tests. */
    static byte[] docxWithSpans() {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(3, 4);
            String[][] text = {{"TT", "Hợp tác xã", "Thời gian", ""}, {"", "", "2026", "2027"}, {"1", "HTX A", "x", ""}
            };
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(text[r][c]);
                }
            }
            // "Thời gian" spans the two year columns; "TT" and "Hợp tác xã" are merged down into the second row.
            XWPFTableRow first = table.getRow(0);
            first.removeCell(3);
            first.getCell(2).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            for (int c = 0; c < 2; c++) {
                first.getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                table.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
                table.getRow(1).getCell(c).setText("không đọc");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFTableCell cell, String text, BigInteger bullets) {
        cell.removeParagraph(0);
        for (String line : text.split("\n", -1)) {
            XWPFParagraph p = cell.addParagraph();
            String words = line;
            if (line.startsWith("• ")) {
                p.setNumID(bullets);
                words = line.substring(2);
            }
            String[] parts = words.split("↵", -1);
            for (int i = 0; i < parts.length; i++) {
                XWPFRun run = p.createRun();
                run.setText(parts[i]);
                if (i < parts.length - 1) {
                    run.addBreak();
                }
            }
        }
    }

    private static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("-");
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(id);
    }

    /** An Excel sheet: the title block in the first column, merged across; a heading merged across its row. */
    static byte[] xlsx(String sheetName, List<String> titleBlock, List<TableRow> rows) {
        return xlsx(sheetName, titleBlock, rows, null);
    }

    /** The same, with some cells written as formulas instead: "row:column=formula" (0-based, of {@code rows}). */
    static byte[] xlsx(String sheetName, List<String> titleBlock, List<TableRow> rows, String formula) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            int width = rows.stream().mapToInt(r -> r.cells().length).max().orElse(1);
            int r = 0;
            for (String line : titleBlock) {
                sheet.createRow(r).createCell(0).setCellValue(line);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                r++;
            }
            int first = r;
            for (TableRow tableRow : rows) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < tableRow.cells().length; c++) {
                    if (!tableRow.cells()[c].isEmpty()) {
                        var cell = row.createCell(c);
                        cell.setCellValue(read(tableRow.cells()[c]));
                        cell.setCellStyle(wrap);
                    }
                }
                if (tableRow.shape() == Shape.MERGED) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
                }
                r++;
            }
            if (formula != null) {
                String[] at = formula.split("[:=]", 3);
                Row row = sheet.getRow(first + Integer.parseInt(at[0]));
                row.createCell(Integer.parseInt(at[1])).setCellFormula(at[2]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file as Excel saves one: the rows, quoted where needed, lines inside a cell kept. */
    static byte[] csv(List<TableRow> rows, char delimiter, Charset charset, boolean byteOrderMark) {
        StringBuilder csv = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        int width = rows.stream().mapToInt(r -> r.cells().length).max().orElse(1);
        for (TableRow r : rows) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                String text = c < r.cells().length ? read(r.cells()[c]) : "";
                boolean quote = text.indexOf(delimiter) >= 0 || text.contains("\"") || text.contains("\n");
                cells.add(quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
            }
            csv.append(String.join(String.valueOf(delimiter), cells)).append("\r\n");
        }
        return csv.toString().getBytes(charset);
    }
}

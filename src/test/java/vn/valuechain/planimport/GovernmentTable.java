package vn.valuechain.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.valuechain.plan.BenTreFramework;

/**
 * The Bến Tre framework (demo/ben-tre/action-items.tsv) laid out as the province publishes it: one table, the header
 * row again at the top of every page (every twelve rows here), section heading rows in several shapes (one merged
 * cell, the text in the first cell only, number and title in the first two cells), and some items split by a page
 * break into a second row whose number is empty and whose cells hold the rest of the text.
 */
public final class GovernmentTable {

    public static final String[] HEADER = {
        "TT",
        "Nội dung thực hiện",
        "Các hoạt động đầu vào",
        "Kết quả đầu ra",
        "Thời gian thực hiện",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Cơ quan hỗ trợ"
    };

    /** The later pages of the real appendix head the table a little differently. */
    static final String[] HEADER_LATER = {
        "STT",
        "Chiến lược và hoạt động",
        "Các hoạt động đầu vào",
        "Kết quả đầu ra",
        "Thời gian tiến hành",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Cơ quan hỗ trợ"
    };

    static final Map<String, String> TITLES = Map.of(
            "I", "CÁC HOẠT ĐỘNG CHUNG CỦA CÁC CHUỖI",
            "II.1", "Chuỗi Dừa",
            "II.2", "Chuỗi Bưởi",
            "II.3", "Chuỗi Chôm chôm",
            "II.4", "Chuỗi Nhãn",
            "II.5", "Chuỗi Hoa kiểng",
            "II.6", "Chuỗi con Heo",
            "II.7", "Chuỗi con Bò",
            "II.8", "Chuỗi Tôm biển");

    static final String GROUP = "II. CÁC HOẠT ĐỘNG RIÊNG CỦA TỪNG CHUỖI";

    /** How a row of the table is laid out. */
    enum Shape {
        HEADER,
        MERGED,
        FIRST_CELL,
        NUMBER_AND_TITLE,
        ITEM
    }

    record TableRow(Shape shape, String[] cells) {}

    private GovernmentTable() {}

    /** Every seventh item is split across two rows (so 10 of the 65), its longer cells cut at a space. */
    static List<TableRow> rows(String[] header) {
        List<TableRow> rows = new ArrayList<>();
        String section = null;
        int index = 0;
        for (BenTreFramework item : BenTreFramework.items()) {
            if (!item.section().equals(section)) {
                section = item.section();
                rows.addAll(headingRows(section));
            }
            String[] cells = {
                item.ordinal(),
                item.content(),
                item.inputActivities(),
                item.expectedOutputs(),
                item.timeframe(),
                item.lead(),
                item.coordinating(),
                item.supporting()
            };
            if (index++ % 7 == 3) {
                String[] first = cells.clone();
                String[] rest = new String[8];
                Arrays.fill(rest, "");
                for (int c = 1; c < 8; c++) {
                    int cut = cells[c].indexOf(' ', cells[c].length() / 2);
                    if (cells[c].length() > 30 && cut > 0) {
                        first[c] = cells[c].substring(0, cut);
                        rest[c] = cells[c].substring(cut + 1);
                    }
                }
                rows.add(new TableRow(Shape.ITEM, first));
                rows.add(new TableRow(Shape.ITEM, rest));
            } else {
                rows.add(new TableRow(Shape.ITEM, cells));
            }
        }
        // The header row at the top of every page.
        List<TableRow> paged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (i % 12 == 0) {
                paged.add(new TableRow(Shape.HEADER, i < 40 ? header : HEADER_LATER));
            }
            paged.add(rows.get(i));
        }
        return paged;
    }

    private static List<TableRow> headingRows(String section) {
        String title = TITLES.get(section);
        return switch (section) {
            case "I" -> List.of(heading(Shape.MERGED, "I. " + title));
            case "II.1" -> List.of(heading(Shape.MERGED, GROUP), heading(Shape.MERGED, "1. " + title));
            case "II.2", "II.6" -> List.of(heading(Shape.FIRST_CELL, section.substring(3) + ". " + title));
            case "II.3", "II.7" ->
                List.of(new TableRow(Shape.NUMBER_AND_TITLE, cells(section.substring(3) + ".", title)));
            default -> List.of(heading(Shape.MERGED, section.substring(3) + ". " + title));
        };
    }

    private static TableRow heading(Shape shape, String text) {
        return new TableRow(shape, cells(text));
    }

    private static String[] cells(String... first) {
        String[] cells = new String[8];
        Arrays.fill(cells, "");
        System.arraycopy(first, 0, cells, 0, first.length);
        return cells;
    }

    static byte[] docx() {
        return docx(rows(HEADER));
    }

    static byte[] docx(List<TableRow> rows) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("KHUNG KẾ HOẠCH HÀNH ĐỘNG");
            XWPFTable table = doc.createTable(1, 8);
            boolean first = true;
            for (TableRow r : rows) {
                XWPFTableRow row = first ? table.getRow(0) : table.createRow();
                first = false;
                for (int c = 0; c < 8; c++) {
                    row.getCell(c).setText(r.cells()[c]);
                }
                if (r.shape() == Shape.HEADER) {
                    row.setRepeatHeader(true);
                } else if (r.shape() == Shape.MERGED) {
                    for (int c = 7; c > 0; c--) {
                        row.removeCell(c);
                    }
                    XWPFTableCell cell = row.getCell(0);
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(8));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Khung kế hoạch");
            sheet.createRow(0).createCell(0).setCellValue("KHUNG KẾ HOẠCH HÀNH ĐỘNG");
            int r = 2;
            for (TableRow tableRow : rows(HEADER)) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    if (!tableRow.cells()[c].isEmpty()) {
                        row.createCell(c).setCellValue(tableRow.cells()[c]);
                    }
                }
                if (tableRow.shape() == Shape.MERGED) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 7));
                }
                r++;
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.valuechain.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the writers produce, read back as a user's spreadsheet program (and our own reader) would. */
public class TableWriteReadTest {

    static final List<Column> COLUMNS = List.of(
            new Column("Tên", ColumnType.TEXT),
            new Column("Số thành viên", ColumnType.INTEGER),
            new Column("Diện tích (ha)", ColumnType.DECIMAL),
            new Column("Tỷ lệ", ColumnType.PERCENT),
            new Column("Ngày ký", ColumnType.DATE));

    public static TableExport table(int rows) {
        return new TableExport(
                "hop-tac-xa", "Hợp tác xã", "Danh sách hợp tác xã", List.of("Đơn vị: Tỉnh Bến Tre"), COLUMNS, out -> {
                    out.total(rows);
                    for (int i = 0; i < rows; i++) {
                        out.row(List.of(
                                i == 0 ? "=HYPERLINK(\"http://x\")" : "HTX Dừa Định Thủy " + i,
                                1234 + i,
                                new BigDecimal("1.234"),
                                new BigDecimal("62.5"),
                                LocalDate.of(2024, 4, 3)));
                    }
                });
    }

    public static byte[] xlsx(TableExport table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(table, out, ExportProgress.Tracker.untracked());
        return out.toByteArray();
    }

    @Test
    void xlsxHasTitleFrozenBoldHeaderAutofilterAndRealNumbersAndDates() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(table(3))))) {
            XSSFSheet sheet = book.getSheet("Hợp tác xã");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách hợp tác xã");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Tỉnh Bến Tre");
            var header = sheet.getRow(3);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Số thành viên");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:E7");
            var first = sheet.getRow(4);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1234);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1.234);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0.625);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(3));
        }
    }

    @Test
    void csvIsUtf8WithByteOrderMarkAndNeutralisedFormulas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table(2), out, ExportProgress.Tracker.untracked());
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .containsExactly(
                        "\uFEFFTên,Số thành viên,Diện tích (ha),Tỷ lệ,Ngày ký",
                        "\"'=HYPERLINK(\"\"http://x\"\")\",1234,1.2340,62.5,03/04/2024",
                        "HTX Dừa Định Thủy 1,1235,1.2340,62.5,03/04/2024");
    }

    @Test
    void momentsAreRealDateTimesInXlsxAndDayMonthYearHourMinuteInCsv() throws IOException {
        // 07:05 UTC is 14:05 in the office (Asia/Ho_Chi_Minh, UTC+7), as Exports.moment gives it.
        LocalDateTime moment =
                LocalDateTime.ofInstant(Instant.parse("2024-04-03T07:05:00Z"), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        TableExport table = new TableExport(
                "nhat-ky", "Nhật ký", "Nhật ký", List.of(), List.of(new Column("Lúc", ColumnType.DATE_TIME)), out -> {
                    out.total(1);
                    out.row(List.of(moment));
                });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(table)))) {
            var cell = book.getSheetAt(0).getRow(3).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 4, 3, 14, 5));
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvWriter.write(table, csv, ExportProgress.Tracker.untracked());
        assertThat(new String(csv.toByteArray(), StandardCharsets.UTF_8).lines().toList())
                .containsExactly("\uFEFFLúc", "03/04/2024 14:05");
    }

    @Test
    void whatWeWriteReadsBackTheSame() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvWriter.write(table(2), csv, ExportProgress.Tracker.untracked());
        for (TableFile file : List.of(
                TableReader.read("x.xlsx", xlsx(table(2)), TableReader.Limits.DEFAULT),
                TableReader.read("x.csv", csv.toByteArray(), TableReader.Limits.DEFAULT))) {
            List<ReadRow> rows = file.sheets().get(0).rows();
            ReadRow first = rows.get(rows.size() - 2);
            assertThat(first.cell(0).text()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(CellParsers.integer(first.cell(1)).value()).isEqualTo(1234L);
            assertThat(CellParsers.decimal(first.cell(2)).value()).isEqualByComparingTo("1.234");
            assertThat(CellParsers.date(first.cell(4)).value()).isEqualTo(LocalDate.of(2024, 4, 3));
        }
    }

    @Test
    void readsSemicolonSeparatedCsvWithoutByteOrderMark() throws Exception {
        byte[] csv = "Tên;Số thành viên\nHTX An Hội;1.234\n\n".getBytes(StandardCharsets.UTF_8);
        ReadSheet sheet = TableReader.read("a.csv", csv, TableReader.Limits.DEFAULT)
                .sheets()
                .get(0);
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(1).cell(0).text()).isEqualTo("HTX An Hội");
        assertThat(sheet.rows().get(1).number()).isEqualTo(2);
    }

    @Test
    void refusesFilesItCannotReadWithTheReason() throws Exception {
        assertRefused("a.xlsx", new byte[0], "import.file.empty");
        assertRefused("a.csv", "\uFEFF \n".getBytes(StandardCharsets.UTF_8), "import.file.empty");
        assertRefused("a.xlsx", new byte[2048], TableReader.Limits.DEFAULT, "import.file.unsupported");
        assertRefused("a.csv", "Tên\nH\u1EE3p".getBytes(StandardCharsets.UTF_16LE), "import.file.unsupported");
        assertRefused("a.csv", "T\u00EAn,X\nH\u1EE3p t\u00E1c".getBytes("windows-1258"), "import.file.notUtf8");
        assertRefused("a.csv", "Tên,X\n\"HTX,1\n".getBytes(StandardCharsets.UTF_8), "import.file.csvMalformed");
        assertRefused("a.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "import.file.unsupported");
        assertRefused("a.xlsx", java.util.Arrays.copyOf(xlsx(table(50)), 3000), "import.file.corrupt");
        assertRefused("a.zip", zip("hello.txt", new byte[100]), "import.file.corrupt");
        assertRefused("a.xlsx", encrypted(xlsx(table(2))), "import.file.encrypted");
        assertRefused("a.xlsx", xlsx(table(2)), new TableReader.Limits(1000, 100), "import.file.tooLarge");
        assertRefused("a.xlsx", xlsx(table(30)), new TableReader.Limits(1_000_000, 20), "import.file.tooManyRows");
        assertRefused("a.xlsx", bomb(), "import.file.zipBomb");
    }

    static void assertRefused(String name, byte[] content, String key) {
        assertRefused(name, content, TableReader.Limits.DEFAULT, key);
    }

    static void assertRefused(String name, byte[] content, TableReader.Limits limits, String key) {
        assertThatThrownBy(() -> TableReader.read(name, content, limits))
                .isInstanceOf(TableFileException.class)
                .extracting(e -> ((TableFileException) e).messageKey())
                .isEqualTo(key);
    }

    public static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A workbook whose sheet part is 200 MB of one repeated byte: a few hundred kilobytes compressed. */
    public static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(chunk);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    public static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mat-khau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

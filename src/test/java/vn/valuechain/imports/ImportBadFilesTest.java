package vn.valuechain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.TableWriteReadTest;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * Files that cannot be imported, through the page: each gets a clear message in Vietnamese, no "Áp dụng", and leaves
 * every table as it was.
 */
class ImportBadFilesTest extends WebTest {

    static final String HEADER = "Mã số đăng ký,Tên,Loại hình,Số thành viên,Ngày thành lập,Địa bàn,Quy mô tối thiểu\n";

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportService imports;

    Province p;
    ImportSteps steps;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        steps = new ImportSteps(mvc, as("t-admin"));
        Cooperative existing = registry.cooperative("HTX có sẵn", p.dinhThuy());
        existing.setRegistrationCode("5520000999");
        em.flush();
    }

    static Stream<Arguments> badFiles() throws Exception {
        return Stream.of(
                bad("empty file", "a.xlsx", new byte[0], "Tệp trống"),
                bad("text junk", "a.txt", utf8("xin chào\nđây không phải bảng\n"), "Không tìm thấy dòng tiêu đề cột"),
                bad("PDF", "a.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "chỉ nhận bảng tính"),
                bad("PNG", "a.png", png(), "chỉ nhận bảng tính"),
                bad("old .xls", "a.xls", xls(), "định dạng cũ (.xls hoặc .doc)"),
                bad("old .doc", "a.doc", ole2("WordDocument"), "định dạng cũ (.xls hoặc .doc)"),
                bad(
                        "password-protected xlsx",
                        "a.xlsx",
                        TableWriteReadTest.encrypted(TableWriteReadTest.xlsx(TableWriteReadTest.table(2))),
                        "có đặt mật khẩu"),
                bad(
                        "truncated xlsx",
                        "a.xlsx",
                        Arrays.copyOf(TableWriteReadTest.xlsx(TableWriteReadTest.table(50)), 3000),
                        "Tệp bị hỏng"),
                bad("zip that is not OOXML", "a.zip", TableWriteReadTest.zip("a.txt", new byte[100]), "Tệp bị hỏng"),
                bad("zip bomb", "a.xlsx", TableWriteReadTest.bomb(), "bung ra quá lớn"),
                bad("over 10 MB", "a.csv", new byte[10 * 1024 * 1024 + 1], "Tệp quá lớn: tối đa 10 MB"),
                bad("over 20,000 rows", "a.csv", manyRows(20_001), "quá nhiều dòng: tối đa 20.000"),
                bad(
                        "CSV in windows-1258",
                        "a.csv",
                        (HEADER + ",HTX Hợp tác,Hợp tác xã,,,,\n").getBytes(Charset.forName("windows-1258")),
                        "không được mã hóa UTF-8"),
                bad("CSV with an unclosed quote", "a.csv", utf8(HEADER + ",\"HTX mở,Hợp tác xã\n"), "dấu ngoặc kép"),
                bad(
                        "required columns missing",
                        "a.csv",
                        utf8("Tên,Mã số đăng ký\nHTX A,123\n"),
                        "Thiếu cột: Loại hình"),
                bad(
                        "no header row",
                        "a.csv",
                        utf8("HTX A,Hợp tác xã,12\nHTX B,Tổ hợp tác,3\n"),
                        "Không tìm thấy dòng tiêu đề cột"),
                bad("headers only", "a.csv", utf8(HEADER), "không có dòng dữ liệu nào"),
                bad("DOCX without tables as XLSX", "a.xlsx", docx(), "Không tìm thấy dòng tiêu đề cột"),
                bad(
                        "an enterprises file",
                        "doanh-nghiep.csv",
                        utf8("Tên doanh nghiệp,Mã số thuế,Vai trò\nCông ty A,1300123456,Thu mua\n"),
                        "Có thể tệp không đúng loại dữ liệu đã chọn"),
                bad(
                        "the same key twice",
                        "a.csv",
                        utf8(HEADER + "777,HTX A,Hợp tác xã,,,,\n777,HTX A,Hợp tác xã,,,,\n"),
                        "Dòng 3: bản ghi này đã có ở dòng 2 của tệp"),
                bad(
                        "ambiguous number",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,,,,\"1.234\"\n"),
                        "Dòng 2, cột Quy mô tối thiểu: số viết không rõ ràng"),
                bad(
                        "31/02/2024",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,,31/02/2024,,\n"),
                        "Dòng 2, cột Ngày thành lập: không phải là ngày hợp lệ"),
                bad(
                        "two-digit year",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,,15/03/19,,\n"),
                        "Dòng 2, cột Ngày thành lập: ngày viết không rõ năm"),
                bad(
                        "unknown type",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Công ty cổ phần,,,,\n"),
                        "Dòng 2, cột Loại hình: không có trong danh sách (Hợp tác xã, Tổ hợp tác, Liên hiệp HTX)"),
                bad(
                        "unknown unit",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,,,\"Xã Không Có, Huyện Mỏ Cày Nam\",\n"),
                        "Dòng 2, cột Địa bàn: không tìm thấy đơn vị hành chính"),
                bad(
                        "a formula for a number",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,=1+2,,,\n"),
                        "Dòng 2, cột Số thành viên: không phải là số nguyên"),
                bad(
                        "one bad row among good ones",
                        "a.csv",
                        utf8(HEADER + ",HTX A,Hợp tác xã,12,,,\n,HTX B,Hợp tác xã,-3,,,\n,HTX C,Tổ hợp tác,,,,\n"),
                        "Dòng 3, cột Số thành viên: không được nhỏ hơn 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileGetsAClearMessageAndChangesNothing(String what, String fileName, byte[] content, String message)
            throws Exception {
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        DryRun dry = steps.dryRun("cooperatives", fileName, content);
        assertThat(HtmlUtils.htmlUnescape(dry.page())).contains(message);
        assertThat(dry.token()).as("no apply offered").isNull();
        assertThat(dry.page()).doesNotContain("/admin/import/apply");
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void applyingAFileWithABadRowIsRefusedAndWritesNoneOfItsRows() throws Exception {
        byte[] file = utf8(HEADER + ",HTX A,Hợp tác xã,12,,,\n,HTX B,Hợp tác xã,-3,,,\n");
        UnitScopedUser admin = (UnitScopedUser) userDetailsService.loadUserByUsername("t-admin");
        String token = imports.keep(imports.dryRun("cooperatives", "a.csv", file, admin), file, admin);
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        assertThatThrownBy(() -> imports.apply(token, admin))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("import.apply.hasErrors");
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        String page = steps.apply("0123456789abcdef").getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("Phiên nhập đã hết hạn");
    }

    static Arguments bad(String what, String fileName, byte[] content, String message) {
        return Arguments.of(what, fileName, content, message);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        byte[] png = new byte[64];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        return png;
    }

    static byte[] xls() throws Exception {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Hợp tác xã").createRow(0).createCell(0).setCellValue("Tên");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ole2(String entry) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Danh sách hợp tác xã");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] manyRows(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(",HTX ").append(i).append(",Hợp tác xã,,,,\n");
        }
        return utf8(csv.toString());
    }
}

package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.valuechain.planimport.PlanFiles.header;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.plan.BenTreUnits;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.planimport.PlanFiles.TableRow;
import vn.valuechain.shared.table.TableWriteReadTest;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * Damaged plan files through the import page: each gets its message in Vietnamese, no "Nhập vào kế hoạch", and an
 * apply sent anyway writes nothing to the plan's sections, items, phases, agencies or cooperatives.
 */
class PlanImportBadFilesTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    Plan plan;

    @BeforeEach
    void setUp() {
        Province p = data.provinceWithUsers();
        BenTreUnits.districts(data, p);
        plan = plans.save(new PlanData(
                null,
                0,
                "12/KH-UBND",
                LocalDate.of(2018, 6, 15),
                "Kế hoạch phát triển chuỗi giá trị",
                "UBND tỉnh",
                2018,
                2025,
                p.benTre().getId(),
                null));
        em.flush();
    }

    static Stream<Arguments> damaged() throws Exception {
        byte[] word = PlanLayouts.governmentWord().bytes();
        byte[] excel = PlanLayouts.governmentExcel().bytes();
        List<TableRow> rows = PlanLayouts.governmentRows();
        return Stream.of(
                bad(
                        "a text file renamed .xlsx",
                        "khung.xlsx",
                        PlanFiles.csv(rows, '\t', StandardCharsets.UTF_8, false),
                        "không phải tệp Excel"),
                bad(
                        "a text file renamed .docx",
                        "khung.docx",
                        PlanFiles.csv(rows, ';', StandardCharsets.UTF_8, false),
                        "không phải tệp Word"),
                bad("a truncated Word document", "khung.docx", Arrays.copyOf(word, word.length / 2), "Tệp bị hỏng"),
                bad("a truncated workbook", "khung.xlsx", Arrays.copyOf(excel, excel.length / 2), "Tệp bị hỏng"),
                bad(
                        "no timeframe and no lead agency columns",
                        "khung.docx",
                        word(without(rows, 4, 5)),
                        "Bảng thiếu cột “Thời gian thực hiện”",
                        "Bảng thiếu cột “Cơ quan chủ trì”"),
                bad("no content column", "khung.docx", word(without(rows, 1)), "Bảng thiếu cột “Nội dung thực hiện”"),
                bad(
                        "CSV in Windows-1258",
                        "khung.csv",
                        PlanFiles.csv(rows, ';', Charset.forName("windows-1258"), false),
                        "không được mã hóa UTF-8"),
                bad(
                        "CSV saved again in the wrong encoding",
                        "khung.csv",
                        new String(
                                        PlanFiles.csv(rows, ';', StandardCharsets.UTF_8, false),
                                        Charset.forName("windows-1252"))
                                .getBytes(StandardCharsets.UTF_8),
                        "bị sai bảng mã"),
                bad(
                        "a heading typo",
                        "khung.docx",
                        word(replace(rows, "II. NHIỆM VỤ RIÊNG CỦA TỪNG CHUỖI", "L. NHIỆM VỤ RIÊNG CỦA TỪNG CHUỖI")),
                        "dòng tiêu đề “L. NHIỆM VỤ RIÊNG CỦA TỪNG CHUỖI” không đọc được số phần"),
                bad(
                        "a heading numbered with a semicolon",
                        "khung.docx",
                        word(replace(rows, "1. Chuỗi Dừa", "1; Chuỗi Dừa")),
                        "dòng tiêu đề “1; Chuỗi Dừa” không đọc được số phần"),
                bad(
                        "a column title with a typo",
                        "khung.docx",
                        word(retitled(rows, 4, "Thời gain thực hiện")),
                        "Chưa chắc cách đọc tiêu đề của bảng này"),
                bad(
                        "formula cells without their values",
                        "khung.xlsx",
                        PlanFiles.xlsx("Khung", List.of(), rows, "2:5=CONCATENATE(\"Sở \",\"Công Thương\")"),
                        "ô “Cơ quan chủ trì” là công thức =CONCATENATE(\"Sở \",\"Công Thương\") mà tệp không lưu giá trị"),
                bad(
                        "a formula that ends in an error",
                        "khung.xlsx",
                        calculated(PlanFiles.xlsx("Khung", List.of(), rows, "3:4=1/0")),
                        "ô “Thời gian thực hiện” là công thức =1/0 mà tệp không lưu giá trị"),
                bad(
                        "an item number twice",
                        "khung.docx",
                        word(replace(rows, "2.", "1")),
                        "mục 1 xuất hiện hai lần trong phần II.1"),
                bad("an old .doc", "khung.doc", ole2("WordDocument"), "định dạng cũ (.xls hoặc .doc)"),
                bad(
                        "a password-protected workbook",
                        "khung.xlsx",
                        TableWriteReadTest.encrypted(excel),
                        "có đặt mật khẩu"),
                bad("a Word document without a table", "khung.docx", noTable(), "Tệp không có bảng nào"),
                bad("an empty file", "khung.xlsx", new byte[0], "Tệp trống"),
                bad(
                        "a cooperative ticked under no year",
                        "phu-luc-1.docx",
                        word(replace(PlanLayouts.COOPERATIVES, "x", "")),
                        "không đánh dấu “x” ở cột năm nào"),
                bad(
                        "a cooperative's scale in an unknown unit",
                        "phu-luc-1.docx",
                        word(replaceText(PlanLayouts.COOPERATIVES, "80 ha", "80 mẫu")),
                        "không đọc được quy mô “80 mẫu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void aDamagedFileGetsItsMessageAndWritesNothing(String what, String fileName, byte[] content, String[] messages)
            throws Exception {
        em.flush();
        Map<String, String> before = snapshot();
        MvcResult uploaded = mvc.perform(multipart("/plans/{id}/import", plan.getId())
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
        String page = HtmlUtils.htmlUnescape(uploaded.getResponse().getContentAsString());
        assertThat(page).contains(messages).doesNotContain("Nhập vào kế hoạch");
        // Applying anyway (the token of a file that was read, none for one that was not) writes nothing either.
        Object token = uploaded.getModelAndView().getModel().get("token");
        mvc.perform(post("/plans/{id}/import/apply", plan.getId())
                        .param("token", token == null ? "" : token.toString())
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk());
        em.flush();
        assertThat(snapshot()).isEqualTo(before);
    }

    /** The content of every table the import writes: equal snapshots mean nothing was written. */
    Map<String, String> snapshot() {
        Map<String, String> tables = new TreeMap<>();
        for (String table : new String[] {
            "plan_section", "action_item", "action_item_phase", "action_item_agency", "cooperative", "chain"
        }) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from "
                                    + table + " t",
                            String.class));
        }
        return tables;
    }

    static Arguments bad(String what, String fileName, byte[] content, String... messages) {
        return Arguments.of(what, fileName, content, messages);
    }

    static byte[] word(List<TableRow> rows) {
        return PlanFiles.docx(List.of("KHUNG KẾ HOẠCH HÀNH ĐỘNG"), List.of(rows));
    }

    /** The rows without these columns. */
    static List<TableRow> without(List<TableRow> rows, int... columns) {
        List<TableRow> left = new ArrayList<>();
        for (TableRow r : rows) {
            if (r.cells().length == 1) {
                left.add(r);
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.cells().length; c++) {
                final int at = c;
                if (Arrays.stream(columns).noneMatch(x -> x == at)) {
                    cells.add(r.cells()[c]);
                }
            }
            left.add(new TableRow(r.shape(), cells.toArray(String[]::new)));
        }
        return left;
    }

    /** The rows with every cell written {@code from} written {@code to}. */
    static List<TableRow> replace(List<TableRow> rows, String from, String to) {
        return edit(rows, c -> c.equals(from) ? to : c);
    }

    /** The rows with {@code from} written {@code to} wherever a cell has it. */
    static List<TableRow> replaceText(List<TableRow> rows, String from, String to) {
        return edit(rows, c -> c.replace(from, to));
    }

    private static List<TableRow> edit(List<TableRow> rows, java.util.function.UnaryOperator<String> cell) {
        return rows.stream()
                .map(r -> new TableRow(
                        r.shape(), Arrays.stream(r.cells()).map(cell).toArray(String[]::new)))
                .toList();
    }

    /** The rows with one column of every header row titled otherwise. */
    static List<TableRow> retitled(List<TableRow> rows, int column, String title) {
        return rows.stream()
                .map(r -> {
                    if (r.shape() != PlanFiles.Shape.HEADER) {
                        return r;
                    }
                    String[] cells = r.cells().clone();
                    cells[column] = title;
                    return header(cells);
                })
                .toList();
    }

    /** The workbook with its formulas calculated, as Excel saves it: an error is kept as the formula's value. */
    static byte[] calculated(byte[] xlsx) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (var row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        evaluator.evaluateFormulaCell(cell);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] ole2(String entry) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), entry);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static byte[] noTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch hành động");
            doc.write(out);
            return out.toByteArray();
        }
    }
}

package vn.valuechain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.chain.Chain;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportRepository;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;

/**
 * The official report on Bến Tre plan 2835 (three of its items, one chain) for Quý 2/2018, on 30/06/2018. I.1
 * (2018-2025) is 181 of 2,922 days (6 %) into its time with nothing achieved: at risk. II.4.3 (April to December each
 * year, 2018-2020) is 91 of 825 working days (11 %) in with nothing achieved: at risk. II.1.4 (6/2018-12/2018) is 30 of
 * 214 days (14 %) in and its unit reported 40 % done: in progress. Mỏ Cày Nam's accepted reports on II.1.4 for Quý 1
 * and Quý 2 name a difficulty and a proposal each: only Quý 2's are in the quarter's report, both in the year's.
 */
class OfficialReportTest extends WebTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    RegistryData registry;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    EntityManager em;

    PlanFixtures f;

    @BeforeEach
    void setUp() throws Exception {
        f = new PlanFixtures(data, plans, items);
        Chain chain = registry.chain("Chuỗi giá trị Dừa Mỏ Cày Nam", "Dừa", f.province.moCayNam());
        chain.setPlan(f.plan);
        em.flush();
        accepted("1", "Giá dừa biến động mạnh.", "Hỗ trợ xúc tiến thương mại cho dừa.");
        accepted("2", "Thiếu vốn cho HTX.", "Cho vay ưu đãi.");
    }

    /** A report of Mỏ Cày Nam on II.1.4 for quarter {@code q} of 2018, submitted and accepted. */
    void accepted(String q, String difficulties, String proposals) throws Exception {
        mvc.perform(post("/progress-reports/new")
                        .with(csrf())
                        .with(as("t-district"))
                        .param("itemId", f.coconutContracts.getId().toString())
                        .param("unitId", f.province.moCayNam().getId().toString())
                        .param("periodType", "QUARTER")
                        .param("periodYear", "2018")
                        .param("periodNumber", q)
                        .param("percentComplete", "40")
                        .param("difficulties", difficulties)
                        .param("proposals", proposals)
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        em.flush();
        ProgressReport report =
                reports.findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(f.coconutContracts.getId()).stream()
                        .filter(r -> r.getPeriodNumber() == Integer.parseInt(q))
                        .findFirst()
                        .orElseThrow();
        mvc.perform(post("/progress-reports/{id}/accept", report.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("version", String.valueOf(report.getVersion())))
                .andExpect(status().is3xxRedirection());
        em.flush();
    }

    byte[] download(String format, String period, String user) throws Exception {
        return mvc.perform(get("/reports/results." + format)
                        .param("plan", f.plan.getId().toString())
                        .param("period", period)
                        .param("year", "2018")
                        .with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theWordReportHasTheDecreesLayoutAndTheFigures() throws Exception {
        byte[] docx = mvc.perform(get("/reports/results.docx")
                        .param("plan", f.plan.getId().toString())
                        .param("period", "Q2")
                        .param("year", "2018")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", DOCX))
                .andExpect(
                        header().string("Content-Disposition", org.hamcrest.Matchers.containsString("-Q2-2018.docx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            // A4, and the margins of Decree 30: top and bottom 20 mm, left 30 mm, right 15 mm (in twips).
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .containsExactly(
                            BigInteger.valueOf(1134),
                            BigInteger.valueOf(1134),
                            BigInteger.valueOf(1701),
                            BigInteger.valueOf(850));
            // Times New Roman 14 by default, and on every run written.
            assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble())
                    .isEqualTo(14.0);
            assertThat(document.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .map(r -> r.getFontFamily())
                            .distinct())
                    .containsExactly("Times New Roman");

            XWPFTable letterhead = document.getTables().get(0);
            // The columns' widths are in the table grid too (LibreOffice reads those): 42 and 58 % of 165 mm.
            assertThat(letterhead.getCTTbl().getTblGrid().getGridColList())
                    .extracting(c -> ((BigInteger) c.getW()).intValue())
                    .containsExactly(3928, 5425);
            assertThat(letterhead.getRow(0).getCell(0).getText())
                    .isEqualTo("UBND TỈNH BẾN TRESỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
            assertThat(letterhead.getRow(0).getCell(1).getText())
                    .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc");
            assertThat(letterhead.getRow(1).getCell(0).getText()).isEqualTo("Số:        /BC-SNNMT");
            assertThat(letterhead.getRow(1).getCell(1).getText())
                    .matches("Bến Tre, ngày \\d\\d tháng \\d\\d năm \\d{4}");

            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains("BÁO CÁO")
                    .contains("Kết quả thực hiện Kế hoạch số 2835/KH-UBND-KT ngày 15/6/2018 của UBND tỉnh Bến Tre")
                    .contains("Kỳ báo cáo: Quý 2/2018")
                    .contains("Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện kỳ Quý 2/2018 (số liệu tính "
                            + "đến ngày 30/06/2018)")
                    .contains("I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ")
                    .contains("- Huyện Mỏ Cày Nam (nhiệm vụ II.1.4, Quý 2/2018): Thiếu vốn cho HTX.")
                    .contains("- Huyện Mỏ Cày Nam (nhiệm vụ II.1.4, Quý 2/2018): Cho vay ưu đãi.")
                    .doesNotContain("Giá dừa biến động mạnh.", "Hỗ trợ xúc tiến thương mại cho dừa.")
                    .contains("Nơi nhận:", "- UBND tỉnh Bến Tre (để báo cáo);", "- Lưu: VT, SNNMT.", "GIÁM ĐỐC");

            assertThat(rows(table(document, "Bảng 1.")))
                    .contains(
                            "Số chuỗi giá trị của kế hoạch | 1 | ", "Số chuỗi có chứng nhận VietGAP/ATTP | 0/1 | 0,0");
            assertThat(rows(table(document, "Bảng 3.")))
                    .containsExactly(
                            "Tình trạng | Số nhiệm vụ | Tỷ lệ (%)",
                            "Đang thực hiện | 1 | 33,3", "Có nguy cơ chậm | 2 | 66,7", "Tổng cộng | 3 | 100,0");
            assertThat(rows(table(document, "Bảng 4.")))
                    .first()
                    .isEqualTo(
                            "Cơ quan chủ trì | Số nhiệm vụ | Đang thực hiện | Có nguy cơ chậm | Tỷ lệ hoàn thành (%)");
            assertThat(rows(table(document, "Bảng 6.")))
                    .containsExactly(
                            "TT | Nội dung thực hiện | Cơ quan chủ trì | Tình trạng | Mức đạt (%)",
                            "1 | " + f.allDistricts.getContent()
                                    + " | UBND các huyện và thành phố | Có nguy cơ chậm | 0,0");
            assertThat(rows(table(document, "Bảng 7."))).element(1).asString().endsWith("| Đang thực hiện | 40,0");
        }
    }

    /** The table under the caption starting with {@code caption}. */
    static XWPFTable table(XWPFDocument document, String caption) {
        var elements = document.getBodyElements();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
                    && p.getText().startsWith(caption)
                    && elements.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table " + caption);
    }

    static List<String> rows(XWPFTable table) {
        return table.getRows().stream()
                .map(XWPFTableRow::getTableCells)
                .map(cells -> cells.stream().map(c -> c.getText()).collect(Collectors.joining(" | ")))
                .toList();
    }

    @Test
    void theYearsReportGathersTheFindingsOfItsQuarters() throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download("docx", "Y", "t-admin")))) {
            assertThat(new XWPFWordExtractor(document).getText())
                    .contains("Kỳ báo cáo: Năm 2018", "(số liệu tính đến ngày 31/12/2018)")
                    .contains("- Huyện Mỏ Cày Nam (nhiệm vụ II.1.4, Quý 1/2018): Giá dừa biến động mạnh.")
                    .contains("- Huyện Mỏ Cày Nam (nhiệm vụ II.1.4, Quý 2/2018): Thiếu vốn cho HTX.")
                    .contains("- Huyện Mỏ Cày Nam (nhiệm vụ II.1.4, Quý 2/2018): Cho vay ưu đãi.");
        }
    }

    @Test
    void thePdfSaysTheSame() throws Exception {
        byte[] pdf = download("pdf", "Q2", "t-viewer");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains("UBND TỈNH BẾN TRE", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "/BC-SNNMT", "BÁO CÁO")
                    .contains("Đang thực hiện 1 33,3", "Có nguy cơ chậm 2 66,7", "Tổng cộng 3 100,0")
                    .contains("Thiếu vốn cho HTX.")
                    .contains("Nơi nhận:", "GIÁM ĐỐC");
        }
    }

    /**
     * The Word file as the officer opens it: LibreOffice (headless) converts it to PDF, and the PDF holds the national
     * header and the figures. Skipped where LibreOffice is not installed (the CI machines): there the docx content is
     * checked by {@link #theWordReportHasTheDecreesLayoutAndTheFigures()} alone.
     */
    @Test
    @EnabledIf("libreOfficeInstalled")
    void libreOfficeOpensTheWordReport(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("bao-cao.docx");
        Files.write(docx, download("docx", "Q2", "t-staff"));
        Process soffice = new ProcessBuilder(
                        "soffice",
                        // a profile of its own: a running LibreOffice of the machine would take the job and exit
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        // a guard against a hung office, not a timing assertion
        assertThat(soffice.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(soffice.exitValue())
                .as(Files.readString(dir.resolve("soffice.log")))
                .isZero();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("bao-cao.pdf").toFile())) {
            String laidOut = new PDFTextStripper().getText(pdf);
            // the country's name and the motto each on a line of their own, as the decree sets
            assertThat(laidOut.lines().map(String::strip))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            // the rest wherever LibreOffice breaks its lines
            String text = laidOut.replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("UBND TỈNH BẾN TRE", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "BÁO CÁO")
                    .contains("Đang thực hiện 1 33,3", "Có nguy cơ chậm 2 66,7", "Tổng cộng 3 100,0")
                    .contains("Thiếu vốn cho HTX.", "Nơi nhận:", "GIÁM ĐỐC");
        }
    }

    static boolean libreOfficeInstalled() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
    }

    @Test
    void theReportIsTheOfficesNotALocalOfficials() throws Exception {
        for (String format : new String[] {"docx", "pdf"}) {
            mvc.perform(get("/reports/results." + format)
                            .param("plan", f.plan.getId().toString())
                            .with(as("t-district")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/reports").with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("official-report"))));
        mvc.perform(get("/plans/{id}", f.plan.getId()).with(as("t-district")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("official-report"))));
        mvc.perform(get("/plans/{id}", f.plan.getId()).with(as("t-viewer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"official-report\"")));
    }

    @ParameterizedTest(name = "period {0}")
    @CsvSource({"Q5", "H3", "X"})
    void anUnknownPeriodIsABadRequest(String period) throws Exception {
        mvc.perform(get("/reports/results.docx")
                        .param("plan", f.plan.getId().toString())
                        .param("period", period)
                        .with(as("t-staff")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        mvc.perform(get("/reports/results.docx").param("plan", "987654321").with(as("t-staff")))
                .andExpect(status().isNotFound());
    }
}

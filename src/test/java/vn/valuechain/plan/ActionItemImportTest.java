package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.imports.ImportResult.RowResult;
import vn.valuechain.imports.ImportSteps;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.support.Exported;
import vn.valuechain.support.WebTest;

/**
 * Action items imported ("Nhiệm vụ kế hoạch"): the item list's own export reads back unchanged; a changed timeframe
 * is shown and saved with its phases read again; a new item has its agencies read; a plan or section that does not
 * exist is an error at its cell. On a plan made here, not the demo data.
 */
class ActionItemImportTest extends WebTest {

    static final Pattern HEADER_CELL = Pattern.compile("<th scope=\"col\">([^<]*)</th>");

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    PlanFixtures f;
    ImportSteps steps;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
        steps = new ImportSteps(mvc, as("t-admin"));
        em.flush();
    }

    /** The tables an import may write, with what saving an item writes beside it. */
    Map<String, String> snapshot() {
        em.flush();
        Map<String, String> tables = new TreeMap<>(ImportSteps.snapshot(jdbc));
        for (String table : new String[] {"action_item_agency", "action_item_phase", "plan_section"}) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from "
                                    + table + " t",
                            String.class));
        }
        return tables;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theListsOwnExportReadsBackUnchangedAndApplyingWritesNothing(String format) throws Exception {
        String plan = f.plan.getId().toString();
        byte[] file = steps.export("/action-items", format, "plan", plan);
        DryRun dry = steps.dryRun("action-items", "nhiem-vu." + format, file);
        assertThat(dry.result().fileError()).isNull();
        assertThat(dry.result().rows()).hasSize(3);
        assertThat(dry.result().rows())
                .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.UNCHANGED));
        assertThat(dry.result().ignored()).containsExactly("Trạng thái", "Tiến độ");
        var before = snapshot();
        steps.apply(dry.token());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theExportHasTheListsColumnsAndEveryItemInFull() throws Exception {
        String plan = f.plan.getId().toString();
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/action-items")
                        .param("plan", plan)
                        .param("size", "1")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<String> onScreen =
                HEADER_CELL.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(page).contains("format=xlsx", "format=csv");
        Exported xlsx = Exported.xlsx(mvc.perform(get("/action-items")
                        .param("plan", plan)
                        .param("format", "xlsx")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(xlsx.header())
                .containsExactly(
                        "Kế hoạch",
                        "Mục",
                        "TT",
                        "Nội dung thực hiện",
                        "Các hoạt động đầu vào",
                        "Kết quả đầu ra",
                        "Thời gian thực hiện",
                        "Cơ quan chủ trì",
                        "Cơ quan phối hợp",
                        "Cơ quan hỗ trợ",
                        "Trạng thái",
                        "Tiến độ")
                .containsExactlyElementsOf(onScreen);
        assertThat(xlsx.context()).contains("Bộ lọc: Kế hoạch: 2835/KH-UBND-KT");
        assertThat(xlsx.rows()).as("every page").hasSize(3);
        var row = xlsx.rows().stream()
                .filter(r -> r.cell(1).text().equals("II.4"))
                .findFirst()
                .orElseThrow();
        assertThat(row.cell(2).text()).isEqualTo("3");
        assertThat(row.cell(3).text()).isEqualTo(f.longanTraining.getContent());
        assertThat(row.cell(8).text()).isEqualTo("UBND các huyện Bình Đại, Chợ Lách");
    }

    @Test
    void aChangedTimeframeIsShownThenSavedWithItsPhasesReadAgain() throws Exception {
        String csv = """
                Kế hoạch,Mục,TT,Thời gian thực hiện,Cơ quan chủ trì
                2835/KH-UBND-KT,II.1,4,Năm 2020 - 2021,Sở Nông và nghiệp PTNT.
                2835/kh-ubnd-kt,ii.4,3,Từ tháng 04 đến tháng 12 hàng năm (2018-2020),"Sở Công Thương, Sở Nông nghiệp và PTNT"
                """;
        DryRun dry = steps.dryRun("action-items", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        RowResult changed = dry.result().rows().get(0);
        assertThat(changed.status()).as("%s", changed).isEqualTo(RowStatus.CHANGED);
        assertThat(changed.name()).isEqualTo("2835/KH-UBND-KT II.1.4");
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Thời gian thực hiện");
            assertThat(c.from()).isEqualTo("6/2018-12/2018");
            assertThat(c.to()).isEqualTo("Năm 2020 - 2021");
        });
        assertThat(dry.result().rows().get(1).status())
                .as("agencies on one line as the plan writes them, read as the item's: unchanged")
                .isEqualTo(RowStatus.UNCHANGED);
        assertThat(dry.page()).contains("Thời gian thực hiện: “6/2018-12/2018” → “Năm 2020 - 2021”");

        steps.apply(dry.token());
        em.flush();
        em.clear();
        ActionItem item = em.find(ActionItem.class, f.coconutContracts.getId());
        assertThat(item.getTimeframeText()).isEqualTo("Năm 2020 - 2021");
        assertThat(item.getTimeframeStart()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(item.getTimeframeEnd()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(item.getPhases()).singleElement().satisfies(p -> {
            assertThat(p.getStartOn()).isEqualTo(LocalDate.of(2020, 1, 1));
            assertThat(p.getEndOn()).isEqualTo(LocalDate.of(2021, 12, 31));
        });
        assertThat(item.getAgencies())
                .as("a column left out stays as it was")
                .filteredOn(a -> a.getRole() == AgencyRole.COORDINATING)
                .hasSize((int) f.coconutContracts.getAgencies().stream()
                        .filter(a -> a.getRole() == AgencyRole.COORDINATING)
                        .count());
    }

    @Test
    void aNewItemInAnExistingSectionIsCreatedWithItsAgenciesRead() throws Exception {
        String csv = """
                Kế hoạch,Mục,TT,Nội dung thực hiện,Thời gian thực hiện,Cơ quan chủ trì,Cơ quan phối hợp
                2835/KH-UBND-KT,II.1,9,Hội chợ dừa,2019-2020,Sở Công Thương,"UBND các huyện Chợ Lách, Mỏ Cày Nam"
                """;
        DryRun dry = steps.dryRun("action-items", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.NEW));
        steps.apply(dry.token());
        em.flush();
        em.clear();
        ActionItem item = em.createQuery(
                        "select i from ActionItem i where i.section.id = :s and i.ordinal = '9'", ActionItem.class)
                .setParameter("s", f.coconut.getId())
                .getSingleResult();
        assertThat(item.getContent()).isEqualTo("Hội chợ dừa");
        assertThat(item.getPhases()).isNotEmpty();
        assertThat(item.getAgencies())
                .filteredOn(a -> a.getRole() == AgencyRole.LEAD)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.getAgency()).isNotNull();
                    assertThat(a.isNeedsReview()).isFalse();
                });
        assertThat(item.getAgencies())
                .filteredOn(a -> a.getRole() == AgencyRole.COORDINATING)
                .extracting(a -> a.getAdministrativeUnit().getId())
                .containsExactlyInAnyOrder(
                        f.province.choLach().getId(), f.province.moCayNam().getId());
    }

    @Test
    void aPlanOrSectionThatDoesNotExistIsAnErrorAtItsCellAndNothingIsWritten() throws Exception {
        String csv = """
                Kế hoạch,Mục,TT,Nội dung thực hiện
                9999/KH-UBND,II.1,1,Một việc
                2835/KH-UBND-KT,II.9,1,Một việc
                2835/KH-UBND-KT,II.1,,Một việc
                2835/KH-UBND-KT,II.1,12,
                2835/KH-UBND-KT,II.1,4,Trùng dòng dưới
                2835/KH-UBND-KT,II.1,4,Trùng dòng trên
                """;
        var before = snapshot();
        DryRun dry = steps.dryRun("action-items", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows())
                .extracting(RowResult::status)
                .containsExactly(
                        RowStatus.ERROR,
                        RowStatus.ERROR,
                        RowStatus.ERROR,
                        RowStatus.ERROR,
                        RowStatus.CHANGED,
                        RowStatus.ERROR);
        assertThat(dry.result().rows().get(0).messages())
                .containsExactly("Dòng 2, cột Kế hoạch: không có kế hoạch số 9999/KH-UBND");
        assertThat(dry.result().rows().get(1).messages())
                .containsExactly("Dòng 3, cột Mục: không có mục II.9 trong kế hoạch 2835/KH-UBND-KT");
        assertThat(dry.result().rows().get(2).messages())
                .containsExactly("Dòng 4, cột TT: bắt buộc, không được để trống");
        assertThat(dry.result().rows().get(3).messages())
                .containsExactly("Dòng 5, cột Nội dung thực hiện: bắt buộc, không được để trống");
        assertThat(dry.result().rows().get(5).messages()).containsExactly("Dòng 7: bản ghi này đã có ở dòng 6 của tệp");
        assertThat(dry.token()).isNull();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theTemplateOffersPlansAndSectionsAndItsExampleImportsAsNew() throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/import/template")
                        .param("kind", "action-items")
                        .param("format", "xlsx")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kế hoạch");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Mục");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(plans.documentNumbers().get(0));
            assertThat(sheet.getDataValidations())
                    .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
                    .containsExactlyInAnyOrder(0, 1);
            var lists = book.getSheet("Danh mục");
            List<String> numbers = new java.util.ArrayList<>();
            lists.forEach(
                    r -> numbers.add(r.getCell(0) == null ? "" : r.getCell(0).getStringCellValue()));
            assertThat(numbers).contains("2835/KH-UBND-KT");
        }
        DryRun dry = steps.dryRun("action-items", "mau.xlsx", xlsx);
        assertThat(dry.result().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.NEW));

        String csv = mvc.perform(get("/admin/import/template")
                        .param("kind", "action-items")
                        .param("format", "csv")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        DryRun fromCsv = steps.dryRun("action-items", "mau.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(fromCsv.result().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.NEW));
    }
}

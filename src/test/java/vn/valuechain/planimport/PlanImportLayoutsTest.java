package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.valuechain.planimport.PlanFiles.header;
import static vn.valuechain.planimport.PlanFiles.merged;
import static vn.valuechain.planimport.PlanFiles.row;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.agency.AgencyKind;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.agency.AgencyService.AgencyData;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.PlanCooperative;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemAgency;
import vn.valuechain.plan.ActionItemRepository;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.BenTreUnits;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.planimport.PlanLayouts.Item;
import vn.valuechain.planimport.PlanLayouts.Layout;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * Plans' tables in every layout of {@link PlanLayouts} entered through the pages: each imports whole, every item's words
 * as in the file, timeframes read within the plan's period; Appendix 1 gives the plan's cooperatives; what the reading
 * is unsure of (a header, a section's chain) waits for the user's answer, and nothing is written before it.
 */
class PlanImportLayoutsTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemRepository items;

    @Autowired
    CooperativeService cooperatives;

    @Autowired
    AgencyService agencies;

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;
    Plan plan;
    /** The token naming the last upload, which the dry run keeps in the database for the next steps. */
    String token;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        BenTreUnits.districts(data, p);
        data.unit(AdministrativeLevel.COMMUNE, "28882", "Xã Hòa Nghĩa", p.choLach());
        plan = plan("12/KH-UBND", LocalDate.of(2018, 6, 15), 2018, 2025, p.benTre());
        token = null;
    }

    Plan plan(String number, LocalDate issuedOn, int from, int to, AdministrativeUnit province) {
        Plan created = plans.save(new PlanData(
                null,
                0,
                number,
                issuedOn,
                "Kế hoạch phát triển chuỗi giá trị",
                "UBND tỉnh",
                from,
                to,
                province.getId(),
                null));
        em.flush();
        return created;
    }

    ResultActions upload(Plan target, String name, byte[] content) throws Exception {
        ResultActions result = mvc.perform(multipart("/plans/{id}/import", target.getId())
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("t-staff"))
                .with(csrf()));
        ModelAndView page = result.andReturn().getModelAndView();
        token = page != null && page.getModel().get("token") instanceof String kept ? kept : null;
        return result;
    }

    ResultActions step(Plan target, String path, Map<String, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post("/plans/{id}/import/" + path, target.getId())
                .with(as("t-staff"))
                .with(csrf());
        if (token != null) {
            request.param("token", token);
        }
        answers.forEach(request::param);
        return mvc.perform(request);
    }

    static String page(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
    }

    List<ActionItem> saved(Plan target) {
        em.flush();
        em.clear();
        return items.findByPlanIdOrderBySectionSortOrderAscSortOrderAsc(target.getId());
    }

    static List<String> lines(List<ActionItem> saved) {
        return saved.stream()
                .map(i -> new Item(
                                i.getSection().getCode(),
                                i.getOrdinal(),
                                i.getContent(),
                                i.getInputActivities(),
                                i.getExpectedOutputs(),
                                i.getTimeframeText(),
                                phrases(i, AgencyRole.LEAD),
                                phrases(i, AgencyRole.COORDINATING),
                                phrases(i, AgencyRole.SUPPORTING))
                        .line())
                .toList();
    }

    /** An agency cell as its phrases, one per line (as the item form and the export have them). */
    private static String phrases(ActionItem i, AgencyRole role) {
        String joined = i.getAgencies().stream()
                .filter(a -> a.getRole() == role)
                .map(ActionItemAgency::getWrittenAs)
                .distinct()
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** The phrases the reader finds in a cell as written, for comparing with what was saved. */
    private static Item phrased(Item i, Map<String, String> phrasesOf) {
        return new Item(
                i.section(),
                i.ordinal(),
                i.content(),
                i.inputs(),
                i.outputs(),
                i.timeframe(),
                phrases(i.lead(), phrasesOf),
                phrases(i.coordinating(), phrasesOf),
                phrases(i.supporting(), phrasesOf));
    }

    private static String phrases(String cell, Map<String, String> phrasesOf) {
        return cell == null ? null : phrasesOf.getOrDefault(cell, cell);
    }

    /** Cells naming several agencies, as the agency reader splits them into phrases. */
    static final Map<String, String> PHRASES = Map.of(
            "Liên minh HTX tỉnh, Hội Nông dân tỉnh", "Liên minh HTX tỉnh\nHội Nông dân tỉnh",
            "UBND các huyện Mỏ Cày Nam, Chợ Lách", "UBND các huyện Mỏ Cày Nam, Chợ Lách");

    static List<Layout> bentreLayouts() {
        return List.of(
                PlanLayouts.governmentWord(),
                PlanLayouts.governmentExcel(),
                PlanLayouts.governmentCsv(),
                PlanLayouts.titledExcel(),
                PlanLayouts.titledWord());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bentreLayouts")
    void eachLayoutImportsWholeWithItsWordsAsInTheFile(Layout layout) throws Exception {
        String preview = page(upload(plan, layout.fileName(), layout.bytes()).andExpect(status().isOk()));
        assertThat(preview)
                .contains("mục mới: " + layout.items().size() + ", mục thay đổi: 0")
                .contains("Nhập vào kế hoạch")
                .doesNotContain("Chưa thể nhập");
        assertThat(saved(plan)).isEmpty();

        step(plan, "apply", Map.of()).andExpect(redirectedUrl("/plans/" + plan.getId()));
        List<ActionItem> saved = saved(plan);
        assertThat(lines(saved))
                .containsExactlyElementsOf(layout.items().stream()
                        .map(i -> phrased(i, PHRASES).line())
                        .toList());
        assertThat(saved).noneMatch(ActionItem::isTimeframeNeedsReview);
        assertThat(plans.sections(plan.getId()))
                .extracting(s -> s.code() + " " + s.title())
                .containsExactlyElementsOf(layout.sections().stream()
                        .map(s -> s.replaceAll(" \\(\\d+\\)$", ""))
                        .toList());
        assertTheExportImportsUnchanged(plan, layout.items().size());
    }

    /** The plan's exported workbook, uploaded again: every item unchanged, nothing to apply. */
    void assertTheExportImportsUnchanged(Plan target, int items) throws Exception {
        byte[] exported = mvc.perform(
                        get("/plans/{id}/export.xlsx", target.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page(upload(target, "export.xlsx", exported)))
                .contains("(0 phần mới); mục mới: 0, mục thay đổi: 0, mục không đổi: " + items + ".")
                .contains("Bảng không có gì mới so với kế hoạch");
    }

    @Test
    void aListOfYearsInAWordCellIsAPhaseEach() throws Exception {
        upload(plan, "khung.docx", PlanLayouts.governmentWord().bytes());
        step(plan, "apply", Map.of());
        ActionItem survey = saved(plan).get(0);
        assertThat(survey.getTimeframeText()).isEqualTo("Năm 2018\nNăm 2019\nNăm 2020");
        assertThat(survey.getPhases())
                .extracting(ph -> ph.getStartOn() + ".." + ph.getEndOn())
                .containsExactly("2018-01-01..2018-12-31", "2019-01-01..2019-12-31", "2020-01-01..2020-12-31");
    }

    @Test
    void aPlanOf2026OfAnotherProvinceReadsItsQuartersDeadlinesAndEveryYear() throws Exception {
        AdministrativeUnit vinhLong = data.unit(AdministrativeLevel.PROVINCE, "86", "Tỉnh Vĩnh Long", null);
        long department = agencies.save(new AgencyData(
                        null,
                        0,
                        "Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long",
                        "Sở NN&MT",
                        AgencyKind.DEPARTMENT,
                        null,
                        List.of("Sở Nông nghiệp và Môi trường"),
                        vinhLong.getId(),
                        null,
                        null,
                        null))
                .getId();
        Plan plan2026 = plan("45/KH-UBND", LocalDate.of(2026, 2, 10), 2026, 2030, vinhLong);
        Layout layout = PlanLayouts.plan2026();

        assertThat(page(upload(plan2026, layout.fileName(), layout.bytes())))
                .contains("3 phần (3 phần mới); mục mới: 9")
                .contains("Nhập vào kế hoạch");
        step(plan2026, "apply", Map.of()).andExpect(redirectedUrl("/plans/" + plan2026.getId()));

        List<ActionItem> saved = saved(plan2026);
        assertThat(lines(saved))
                .containsExactlyElementsOf(
                        layout.items().stream().map(Item::line).toList());
        assertThat(saved).noneMatch(ActionItem::isTimeframeNeedsReview);
        assertThat(saved.stream()
                        .map(i -> i.getPhases().stream()
                                .map(ph -> ph.getStartOn() + ".." + ph.getEndOn() + (ph.isRecurringYearly() ? "*" : ""))
                                .collect(Collectors.joining("; ")))
                        .toList())
                .containsExactlyElementsOf(PlanLayouts.PLAN_2026_PHASES);
        assertThat(saved.get(0).getAgencies())
                .filteredOn(a -> a.getRole() == AgencyRole.LEAD)
                .singleElement()
                .satisfies(a -> assertThat(a.getAgency().getId()).isEqualTo(department));
        assertTheExportImportsUnchanged(plan2026, layout.items().size());
    }

    @Test
    void theExportOfAPlanWithMultiLineCellsImportsBackUnchanged() throws Exception {
        upload(plan, "khung.docx", PlanLayouts.governmentWord().bytes());
        step(plan, "apply", Map.of());
        byte[] exported = mvc.perform(
                        get("/plans/{id}/export.xlsx", plan.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page(upload(plan, "export.xlsx", exported)))
                .contains("3 phần (0 phần mới); mục mới: 0, mục thay đổi: 0, mục không đổi: 5")
                .contains("Bảng không có gì mới so với kế hoạch");
    }

    @Test
    void appendixOneGivesThePlansCooperativesToFoundAndToConsolidate() throws Exception {
        byte[] docx = PlanFiles.docx(List.of("Phụ lục 1"), List.of(PlanLayouts.COOPERATIVES));
        assertThat(page(upload(plan, "phu-luc-1.docx", docx)))
                .contains("Hợp tác xã: 8 (mới: 8, thay đổi: 0, không đổi: 0)")
                .contains("không có xã “Cái Mơn” trong danh mục: ghi theo huyện")
                .contains("500.000 sản phẩm/năm")
                .contains("Nhập vào kế hoạch");
        assertThat(cooperatives.ofPlan(plan.getId())).isEmpty();

        step(plan, "apply", Map.of()).andExpect(redirectedUrl("/plans/" + plan.getId()));
        em.flush();
        List<String> read = new ArrayList<>();
        for (PlanCooperative c : cooperatives.ofPlan(plan.getId())) {
            read.add(String.join(
                    " | ",
                    c.name(),
                    c.status().name(),
                    em.find(AdministrativeUnit.class, c.unitId()).getName(),
                    c.minScaleValue() == null
                            ? ""
                            : c.minScaleValue().stripTrailingZeros().toPlainString() + " " + c.minScaleUnit(),
                    c.targetPeriod(),
                    c.targetYearFrom() + "-" + c.targetYearTo()));
        }
        assertThat(read).containsExactlyElementsOf(PlanLayouts.COOPERATIVES_READ);
        assertThat(cooperatives.ofPlan(plan.getId()))
                .extracting(c -> registryProduct(c.productId()))
                .containsExactly(
                        "Dừa", "Dừa", "Bưởi da xanh", "Bưởi da xanh", "Bưởi da xanh", "Hoa kiểng", "Hoa kiểng", "Heo");
        assertThat(cooperatives.ofPlan(plan.getId()).get(0).note())
                .isEqualTo("HTX dừa Tân Phong quy mô tối thiểu 80 ha, xã Định Thủy, huyện Mỏ Cày Nam.");

        assertThat(page(upload(plan, "phu-luc-1.docx", docx)))
                .contains("Hợp tác xã: 8 (mới: 0, thay đổi: 0, không đổi: 8)")
                .contains("Bảng không có gì mới so với kế hoạch");
    }

    private String registryProduct(Long id) {
        return id == null
                ? null
                : em.find(vn.valuechain.product.Product.class, id).getName();
    }

    @Test
    void appendixOneWithItsOwnColumnsImportsToo() throws Exception {
        List<PlanFiles.TableRow> rows = List.of(
                header("STT", "Sản phẩm", "Tên hợp tác xã", "Xã", "Huyện", "Quy mô tối thiểu", "Năm 2026", "Năm 2027"),
                row("1", "Dừa", "HTX Nông nghiệp Thành Công", "Hòa Nghĩa", "Chợ Lách", "120 ha", "x", ""),
                row("2", "Bò", "HTX chăn nuôi bò Định Thủy", "Định Thủy", "Mỏ Cày Nam", "300 con", "", "x"));
        Plan plan2026 = plan("46/KH-UBND", LocalDate.of(2018, 7, 1), 2026, 2027, p.benTre());
        assertThat(page(upload(plan2026, "htx.xlsx", PlanFiles.xlsx("HTX", List.of(), rows))))
                .contains("Hợp tác xã: 2 (mới: 2");
        step(plan2026, "apply", Map.of()).andExpect(redirectedUrl("/plans/" + plan2026.getId()));
        em.flush();
        assertThat(cooperatives.ofPlan(plan2026.getId()))
                .extracting(c -> c.name() + " | "
                        + em.find(AdministrativeUnit.class, c.unitId()).getName() + " | "
                        + c.minScaleValue().stripTrailingZeros().toPlainString() + " " + c.minScaleUnit() + " | "
                        + c.targetPeriod() + " | " + registryProduct(c.productId()))
                .containsExactly(
                        "HTX Nông nghiệp Thành Công | Xã Hòa Nghĩa | 120 HA | Năm 2026 | Dừa",
                        "HTX chăn nuôi bò Định Thủy | Xã Định Thủy | 300 HEAD | Năm 2027 | Bò");
    }

    @Test
    void sectionsLinkToChainsByCloseNamesAndSeveralCandidatesAreAQuestion() throws Exception {
        Chain pomelo = registry.chain("Chuỗi giá trị Bưởi da xanh Chợ Lách", "Bưởi da xanh", p.choLach());
        Chain rambutan = registry.chain("Chuỗi chôm chôm Chợ Lách", "Chôm chôm", p.choLach());
        Chain coconutNorth = registry.chain("Chuỗi dừa Mỏ Cày Bắc", "Dừa", p.moCayNam());
        Chain coconutSouth = registry.chain("Chuỗi dừa Mỏ Cày Nam", "Dừa", p.moCayNam());
        em.flush();
        byte[] docx = PlanFiles.docx(
                List.of(),
                List.of(List.of(
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        merged("II. CÁC HOẠT ĐỘNG RIÊNG"),
                        merged("1. Chuỗi Dừa"),
                        item(),
                        merged("2. Chuỗi Bưởi"),
                        item(),
                        merged("3. Châm chôn"),
                        item())));
        String preview = page(upload(plan, "khung.docx", docx));
        assertThat(preview)
                .contains("Có nhiều chuỗi phù hợp với tên phần: hãy chọn một.")
                .contains("Còn 1 điều cần bạn xác nhận")
                .contains("Chuỗi: Chuỗi giá trị Bưởi da xanh Chợ Lách")
                .contains("Chuỗi: Chuỗi chôm chôm Chợ Lách")
                .doesNotContain("Nhập vào kế hoạch");

        // Applied without an answer: refused, nothing written.
        assertThat(page(step(plan, "apply", Map.of()).andExpect(status().isOk())))
                .contains("Có nhiều chuỗi phù hợp");
        assertThat(saved(plan)).isEmpty();
        assertThat(plans.sections(plan.getId())).isEmpty();

        // Answered: the coconut chain of Mỏ Cày Nam for II.1, and no chain at all for the pomelo section.
        Map<String, String> answers =
                Map.of("chain.II.1", coconutSouth.getId().toString(), "chain.II.2", FrameworkImportService.NONE);
        assertThat(page(step(plan, "review", answers))).contains("Nhập vào kế hoạch");
        step(plan, "apply", answers).andExpect(redirectedUrl("/plans/" + plan.getId()));
        assertThat(plans.sections(plan.getId()))
                .extracting(s -> s.code() + " → " + s.chainId())
                .containsExactly("II.1 → " + coconutSouth.getId(), "II.2 → null", "II.3 → " + rambutan.getId());
        assertThat(coconutNorth.getId()).isNotEqualTo(coconutSouth.getId());
        assertThat(pomelo.getId()).isNotNull();
    }

    private static PlanFiles.TableRow item() {
        return row("1", "Tập huấn kỹ thuật.", "", "", "2019", "Sở Công Thương", "", "");
    }

    @Test
    void anUnsureHeaderWaitsForTheUsersMappingAndNothingIsWrittenBefore() throws Exception {
        String[] typo = PlanLayouts.GOVERNMENT_HEADER.clone();
        typo[4] = "Thời gain thực hiện";
        byte[] docx = PlanFiles.docx(List.of(), List.of(List.of(header(typo), merged("I. Chung"), item())));
        String preview = page(upload(plan, "khung.docx", docx));
        assertThat(preview)
                .contains("Chưa chắc cách đọc tiêu đề của bảng này")
                .contains("Thời gain thực hiện")
                .doesNotContain("Nhập vào kế hoạch");
        step(plan, "apply", Map.of()).andExpect(status().isOk());
        assertThat(saved(plan)).isEmpty();

        // The page's own mapping, sent back as it is, confirms it.
        Map<String, String> answers = new java.util.HashMap<>();
        Matcher m = Pattern.compile("name=\"(col\\.[0-9a-f]+\\.\\d+)\"").matcher(preview);
        String[] columns = {"ORDINAL", "CONTENT", "INPUTS", "OUTPUTS", "TIMEFRAME", "LEAD", "COORDINATING", "SUPPORTING"
        };
        int n = 0;
        while (m.find()) {
            answers.put(m.group(1), columns[n++]);
        }
        assertThat(n).isEqualTo(8);
        assertThat(page(step(plan, "review", answers)))
                .contains("Đọc các cột theo lựa chọn của bạn.")
                .contains("Nhập vào kế hoạch");
        step(plan, "apply", answers).andExpect(redirectedUrl("/plans/" + plan.getId()));
        assertThat(saved(plan))
                .singleElement()
                .satisfies(i -> assertThat(i.getTimeframeText()).isEqualTo("2019"));
    }
}

package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.chain.Chain;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemAgency;
import vn.valuechain.plan.ActionItemRepository;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.BenTreFramework;
import vn.valuechain.plan.BenTreUnits;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.planimport.GovernmentTable.Shape;
import vn.valuechain.planimport.GovernmentTable.TableRow;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The Bến Tre framework entered from its government table through the pages: a dry run, then all 65 items with
 * their sections, numbers, timeframes and agencies; the same table again changes nothing; a bad table writes nothing.
 */
@Import(RegistryData.class)
class FrameworkImportTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemRepository items;

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Plan plan;
    Chain coconut;

    @BeforeEach
    void setUp() {
        Province p = data.provinceWithUsers();
        BenTreUnits.districts(data, p);
        plan = plans.save(new PlanData(
                null,
                0,
                "2835/KH-UBND-NK",
                LocalDate.of(2018, 6, 15),
                "Sửa đổi, bổ sung Kế hoạch hành động số 330/KH-UBND",
                "UBND tỉnh Bến Tre",
                2018,
                2025,
                p.benTre().getId(),
                null));
        coconut = registry.chain("Chuỗi giá trị dừa Mỏ Cày Nam", "Dừa", p.moCayNam());
        coconut.setPlan(plan);
        em.flush();
    }

    /** The upload a dry run keeps (in the database) for its uploader, named by the token of the apply form. */
    static final class Kept {
        String user = "t-staff";
        String token = "";
    }

    ResultActions upload(String user, Kept kept, String name, byte[] content) throws Exception {
        ResultActions result = mvc.perform(multipart("/plans/{id}/import", plan.getId())
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as(user))
                .with(csrf()));
        ModelAndView page = result.andReturn().getModelAndView();
        if (page != null && page.getModel().get("token") instanceof String token) {
            kept.user = user;
            kept.token = token;
        }
        return result;
    }

    ResultActions apply(Kept kept) throws Exception {
        return mvc.perform(post("/plans/{id}/import/apply", plan.getId())
                .param("token", kept.token)
                .with(as(kept.user))
                .with(csrf()));
    }

    static String page(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
    }

    List<ActionItem> saved() {
        em.flush();
        em.clear();
        return items.findByPlanIdOrderBySectionSortOrderAscSortOrderAsc(plan.getId());
    }

    @Test
    void theWordTableOfTheBenTreFrameworkGivesAllItsItems() throws Exception {
        Kept session = new Kept();
        String preview = page(upload("t-staff", session, "khung-ke-hoach.docx", GovernmentTable.docx())
                .andExpect(status().isOk()));
        assertThat(preview)
                .contains("9 phần (9 phần mới); mục mới: 65, mục thay đổi: 0, mục không đổi: 0")
                .contains("II.1. Chuỗi Dừa")
                .contains("Chuỗi: Chuỗi giá trị dừa Mỏ Cày Nam")
                // A split item is one item; where it starts is shown.
                .contains("Bảng 1, dòng ")
                .contains("Nhập vào kế hoạch");
        assertThat(saved()).isEmpty();

        apply(session)
                .andExpect(redirectedUrl("/plans/" + plan.getId()))
                .andExpect(flash().attribute("success", "plan.import.applied"));
        assertTheBenTreFramework(saved());
        assertThat(plans.sections(plan.getId()))
                .extracting(s -> s.code() + " " + s.title() + (s.chainId() == null ? "" : " → " + s.chainId()))
                .containsExactly(
                        "I CÁC HOẠT ĐỘNG CHUNG CỦA CÁC CHUỖI",
                        "II.1 Chuỗi Dừa → " + coconut.getId(),
                        "II.2 Chuỗi Bưởi",
                        "II.3 Chuỗi Chôm chôm",
                        "II.4 Chuỗi Nhãn",
                        "II.5 Chuỗi Hoa kiểng",
                        "II.6 Chuỗi con Heo",
                        "II.7 Chuỗi con Bò",
                        "II.8 Chuỗi Tôm biển");
    }

    /** The items, their numbers and sections, timeframes as worked out by hand, agencies as AgencyResolutionTest. */
    static void assertTheBenTreFramework(List<ActionItem> saved) {
        assertThat(saved).hasSize(65);
        assertThat(saved.stream().filter(i -> i.getSection().getCode().equals("I")))
                .hasSize(15);
        List<BenTreFramework> expected = BenTreFramework.items();
        assertThat(saved)
                .extracting(i -> i.getSection().getCode() + " " + i.getOrdinal() + " " + i.getContent())
                .containsExactlyElementsOf(expected.stream()
                        .map(e -> e.section() + " " + e.ordinal() + " " + e.content())
                        .toList());
        Map<String, String> timeframes = new LinkedHashMap<>();
        for (String line : BenTreFramework.lines("/plan/timeframes-expected.tsv")) {
            String[] f = line.split("\t");
            timeframes.put(f[0], f[1]);
        }
        Map<String, String> agencies = new TreeMap<>();
        for (String line : BenTreFramework.lines("/plan/agency-phrases-expected.tsv")) {
            String[] f = line.split("\t");
            agencies.put(f[0], f[1]);
        }
        Map<String, String> actualAgencies = new TreeMap<>();
        for (int n = 0; n < saved.size(); n++) {
            ActionItem item = saved.get(n);
            BenTreFramework e = expected.get(n);
            String at = e.section() + "." + e.ordinal();
            assertThat(item.getInputActivities()).as(at).isEqualTo(blankToNull(e.inputActivities()));
            assertThat(item.getExpectedOutputs()).as(at).isEqualTo(blankToNull(e.expectedOutputs()));
            assertThat(item.getTimeframeText()).as(at).isEqualTo(e.timeframe());
            assertThat(item.isTimeframeNeedsReview()).as(at).isFalse();
            assertThat(item.getPhases().stream()
                            .map(p -> p.getStartOn() + ".." + p.getEndOn() + (p.isRecurringYearly() ? "*" : "")
                                    + (p.getLabel() == null ? "" : " «" + p.getLabel() + "»"))
                            .collect(Collectors.joining("; ")))
                    .as(at)
                    .isEqualTo(timeframes.get(e.timeframe()));
            for (AgencyRole role : AgencyRole.values()) {
                String cell = role == AgencyRole.LEAD
                        ? e.lead()
                        : role == AgencyRole.COORDINATING ? e.coordinating() : e.supporting();
                Map<String, List<String>> meanings = new LinkedHashMap<>();
                item.getAgencies().stream()
                        .filter(a -> a.getRole() == role)
                        .forEach(a -> meanings.computeIfAbsent(a.getWrittenAs(), k -> new ArrayList<>())
                                .add(
                                        a.isNeedsReview()
                                                ? "⚠"
                                                : a.getAdministrativeUnit() != null
                                                        ? a.getAdministrativeUnit()
                                                                .getName()
                                                        : label(a)));
                meanings.forEach((written, list) -> {
                    assertThat(cell).as(at).contains(written);
                    actualAgencies.put(written, String.join(" + ", list));
                });
            }
        }
        assertThat(actualAgencies).isEqualTo(agencies);
    }

    private static String label(ActionItemAgency a) {
        return a.getAgency().getShortName() == null
                ? a.getAgency().getName()
                : a.getAgency().getShortName();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Test
    void theSameTableAgainChangesNothing() throws Exception {
        Kept session = new Kept();
        upload("t-staff", session, "khung.docx", GovernmentTable.docx());
        apply(session);
        Map<Long, Long> versions =
                saved().stream().collect(Collectors.toMap(ActionItem::getId, ActionItem::getVersion));

        Kept again = new Kept();
        assertThat(page(upload("t-admin", again, "khung.xlsx", GovernmentTable.xlsx())))
                .contains("9 phần (0 phần mới); mục mới: 0, mục thay đổi: 0, mục không đổi: 65")
                .contains("Bảng không có gì mới so với kế hoạch")
                .doesNotContain("Nhập vào kế hoạch");
        apply(again)
                .andExpect(redirectedUrl("/plans/" + plan.getId()))
                .andExpect(flash().attribute("success", "plan.import.nothingToDo"));
        assertThat(saved().stream().collect(Collectors.toMap(ActionItem::getId, ActionItem::getVersion)))
                .isEqualTo(versions);
        assertThat(plans.sections(plan.getId())).hasSize(9);
    }

    @Test
    void theExportedSpreadsheetImportsAsUnchanged() throws Exception {
        Kept session = new Kept();
        upload("t-staff", session, "khung.docx", GovernmentTable.docx());
        apply(session);
        byte[] exported = mvc.perform(
                        get("/plans/{id}/export.xlsx", plan.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(page(upload("t-staff", new Kept(), "export.xlsx", exported)))
                .contains("9 phần (0 phần mới); mục mới: 0, mục thay đổi: 0, mục không đổi: 65");
    }

    @Test
    void aChangedCellIsShownAndSavedAlone() throws Exception {
        Kept session = new Kept();
        upload("t-staff", session, "khung.docx", GovernmentTable.docx());
        apply(session);
        List<TableRow> rows = new ArrayList<>(GovernmentTable.rows(GovernmentTable.HEADER));
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r).cells();
            if (rows.get(r).shape() == Shape.ITEM && cells[0].equals("3") && cells[4].equals("2018-2018")) {
                String[] changed = cells.clone();
                changed[4] = "Năm 2019";
                rows.set(r, new TableRow(Shape.ITEM, changed));
            }
        }
        Kept again = new Kept();
        assertThat(page(upload("t-staff", again, "khung.docx", GovernmentTable.docx(rows))))
                .contains("mục mới: 0, mục thay đổi: 1, mục không đổi: 64");
        apply(again).andExpect(redirectedUrl("/plans/" + plan.getId()));
        ActionItem item = saved().stream()
                .filter(i ->
                        i.getSection().getCode().equals("I") && i.getOrdinal().equals("3"))
                .findFirst()
                .orElseThrow();
        assertThat(item.getTimeframeText()).isEqualTo("Năm 2019");
        assertThat(item.getTimeframeStart()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void aTableWithoutTheNumberColumnWritesNothing() throws Exception {
        List<TableRow> rows = GovernmentTable.rows(GovernmentTable.HEADER).stream()
                .map(r -> new TableRow(r.shape(), dropFirst(r.cells())))
                .toList();
        Kept session = new Kept();
        assertThat(page(upload("t-staff", session, "khung.docx", GovernmentTable.docx(rows))))
                .contains("Bảng thiếu cột TT")
                .doesNotContain("Nhập vào kế hoạch");
        apply(session).andExpect(status().isOk());
        assertThat(saved()).isEmpty();
        assertThat(plans.sections(plan.getId())).isEmpty();
    }

    private static String[] dropFirst(String[] cells) {
        String[] rest = Arrays.copyOfRange(cells, 1, cells.length + 1);
        rest[rest.length - 1] = "";
        return rest;
    }

    @Test
    void aDocumentWithoutATableWritesNothing() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch hành động");
            doc.write(out);
            docx = out.toByteArray();
        }
        Kept session = new Kept();
        assertThat(page(upload("t-staff", session, "khung.docx", docx))).contains("Tệp không có bảng nào");
        apply(session).andExpect(status().isOk());
        assertThat(saved()).isEmpty();
        assertThat(page(upload("t-staff", new Kept(), "khung.xls", new byte[0])))
                .contains("Tệp trống");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void onlyTheOfficeImportsEveryoneExports(String user) throws Exception {
        boolean office = user.equals("t-admin") || user.equals("t-staff");
        mvc.perform(get("/plans/{id}/import", plan.getId()).with(as(user)))
                .andExpect(office ? status().isOk() : status().isForbidden());
        upload(user, new Kept(), "khung.docx", GovernmentTable.docx())
                .andExpect(office ? status().isOk() : status().isForbidden());
        mvc.perform(post("/plans/{id}/import/apply", plan.getId())
                        .with(as(user))
                        .with(csrf()))
                .andExpect(office ? status().isOk() : status().isForbidden());
        String show = page(mvc.perform(get("/plans/{id}", plan.getId()).with(as(user))));
        assertThat(show).contains("/plans/" + plan.getId() + "/export.pdf");
        assertThat(show.contains("/plans/" + plan.getId() + "/import")).isEqualTo(office);
        for (String format : List.of("xlsx", "pdf")) {
            mvc.perform(get("/plans/{id}/export." + format, plan.getId()).with(as(user)))
                    .andExpect(status().isOk());
        }
    }
}

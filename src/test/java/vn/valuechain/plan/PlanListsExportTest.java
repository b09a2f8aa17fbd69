package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.support.Exported;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * The action plan's lists sent out (plans, progress reports, "Việc của tôi", items per agency and per chain): the
 * rows and columns on screen, under the same tab, reference date and reach.
 */
class PlanListsExportTest extends WebTest {

    static final String ON = "01/07/2019";
    static final Pattern REPORT_LINK = Pattern.compile("href=\"/progress-reports/\\d+\"");

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    EntityManager em;

    PlanFixtures f;

    @BeforeEach
    void setUp() throws Exception {
        f = new PlanFixtures(data, plans, items);
        data.user("t-cholach", Role.DISTRICT, f.province.choLach());
        // Mỏ Cày Nam reports on II.1.4 (all districts coordinate it), Chợ Lách on II.4.3 (it is named there).
        submit(f.coconutContracts, f.province.moCayNam(), "40", "t-district");
        submit(f.longanTraining, f.province.choLach(), "12,5", "t-cholach"); // a decimal comma, as typed in Vietnamese
    }

    void submit(ActionItem item, AdministrativeUnit unit, String percent, String user) throws Exception {
        mvc.perform(post("/progress-reports/new")
                        .with(csrf())
                        .param("itemId", item.getId().toString())
                        .param("unitId", unit.getId().toString())
                        .param("periodType", "QUARTER")
                        .param("periodYear", "2019")
                        .param("periodNumber", "2")
                        .param("percentComplete", percent)
                        .param("narrative", "Đã tổ chức 2 lớp tập huấn.")
                        .param("action", "submit")
                        .with(as(user)))
                .andExpect(status().is3xxRedirection());
        em.flush();
    }

    byte[] export(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static long count(Pattern pattern, String text) {
        return pattern.matcher(text).results().count();
    }

    @Test
    void plansWithTheirDatesAndItemCounts() throws Exception {
        Exported xlsx = Exported.xlsx(export(get("/plans").param("format", "xlsx"), "t-viewer"));
        assertThat(xlsx.header())
                .containsExactly("Số hiệu", "Ngày ban hành", "Trích yếu", "Giai đoạn", "Tỉnh", "Số nhiệm vụ");
        ReadRow plan = xlsx.row("2835/KH-UBND-KT");
        assertThat(plan.cell(1).date()).isEqualTo(LocalDate.of(2018, 6, 15));
        assertThat(plan.cell(3).text()).isEqualTo("2018–2025");
        assertThat(plan.cell(4).text()).isEqualTo("Tỉnh Bến Tre");
        assertThat(plan.cell(5).number()).isEqualByComparingTo("3");
        List<String> csv = Exported.csv(export(get("/plans").param("format", "csv"), "t-district"));
        assertThat(csv.get(0)).isEqualTo("Số hiệu,Ngày ban hành,Trích yếu,Giai đoạn,Tỉnh,Số nhiệm vụ");
        assertThat(csv).anyMatch(l -> l.startsWith("2835/KH-UBND-KT,15/06/2018,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-staff", "t-district", "t-cholach", "t-viewer"})
    void progressReportsAsEachTabShowsThem(String user) throws Exception {
        for (String tab : new String[] {null, "ALL", "SUBMITTED", "DRAFT"}) {
            MockHttpServletRequestBuilder list = get("/progress-reports").param("size", "200");
            MockHttpServletRequestBuilder file = get("/progress-reports").param("format", "xlsx");
            if (tab != null) {
                list.param("status", tab);
                file.param("status", tab);
            }
            Exported xlsx = Exported.xlsx(export(file, user));
            assertThat(xlsx.rows()).hasSize((int) count(REPORT_LINK, page(list, user)));
            List<String> units = xlsx.column(1);
            if (user.equals("t-district")) {
                assertThat(units).doesNotContain("Huyện Chợ Lách");
            }
            if (user.equals("t-cholach")) {
                assertThat(units).doesNotContain("Huyện Mỏ Cày Nam");
            }
            if ("DRAFT".equals(tab)) {
                assertThat(xlsx.context()).contains("Bộ lọc: Trạng thái: Nháp");
            }
        }
    }

    @Test
    void progressReportsHeaderAndTypedCells() throws Exception {
        Exported xlsx = Exported.xlsx(export(
                get("/progress-reports")
                        .param("item", f.longanTraining.getId().toString())
                        .param("format", "xlsx"),
                "t-staff"));
        assertThat(xlsx.context()).contains("Bộ lọc: Trạng thái: Chờ duyệt; Nhiệm vụ: Nhiệm vụ II.4.3");
        assertThat(xlsx.header())
                .containsExactly(
                        "Nhiệm vụ", "Đơn vị báo cáo", "Kỳ báo cáo", "Trạng thái", "Tỷ lệ hoàn thành (%)", "Ngày gửi");
        assertThat(xlsx.rows()).hasSize(1);
        ReadRow row = xlsx.rows().get(0);
        assertThat(row.cell(0).text()).startsWith("Nhiệm vụ II.4.3: ");
        assertThat(row.cell(1).text()).isEqualTo("Huyện Chợ Lách");
        assertThat(row.cell(2).text()).isEqualTo("Quý 2/2019");
        assertThat(row.cell(3).text()).isEqualTo("Đã gửi, chờ duyệt");
        assertThat(row.cell(4).number()).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(row.cell(5).date()).isNotNull();
        List<String> csv = Exported.csv(export(
                get("/progress-reports")
                        .param("item", f.longanTraining.getId().toString())
                        .param("format", "csv"),
                "t-staff"));
        assertThat(csv.get(1)).contains(",Huyện Chợ Lách,Quý 2/2019,\"Đã gửi, chờ duyệt\",12.5,");
        assertThat(csv.get(1)).matches(".*,\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d$");
    }

    @Test
    void myItemsAreTheUnitsItemsOnTheReferenceDate() throws Exception {
        String page = page(get("/my-items").param("on", ON), "t-district");
        Exported xlsx = Exported.xlsx(export(get("/my-items").param("on", ON).param("format", "xlsx"), "t-district"));
        assertThat(xlsx.context()).contains("Đơn vị: Huyện Mỏ Cày Nam", "Ngày tham chiếu: " + ON);
        assertThat(xlsx.header())
                .containsExactly(
                        "Kế hoạch", "Nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Trạng thái", "Tiến độ");
        assertThat(xlsx.rows()).hasSize((int) count(Pattern.compile("id=\"item-\\d+\""), page));
        List<String> codes = xlsx.column(1).stream().map(t -> t.split(" ")[0]).toList();
        assertThat(codes).contains("I.1", "II.1.4").doesNotContain("II.4.3");
        ReadRow common = xlsx.rows().stream()
                .filter(r -> r.cell(1).text().startsWith("I.1 "))
                .findFirst()
                .orElseThrow();
        assertThat(common.cell(0).text()).isEqualTo("2835/KH-UBND-KT");
        assertThat(common.cell(4).text()).isEqualTo("Có nguy cơ chậm");
        assertThat(common.cell(5).number()).isNotNull();
        List<String> csv = Exported.csv(export(get("/my-items").param("on", ON).param("format", "csv"), "t-district"));
        assertThat(csv).hasSize(xlsx.rows().size() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-viewer"})
    void onlyADistrictOfficialExportsTheirItems(String user) throws Exception {
        for (String format : new String[] {"csv", "xlsx"}) {
            mvc.perform(get("/my-items").param("format", format).with(as(user))).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-staff", "t-district"})
    void itemsPerAgencyAndPerChainAsTheirTables(String user) throws Exception {
        List<String> statuses = List.of(
                "Chưa bắt đầu", "Đang thực hiện", "Có nguy cơ chậm", "Quá hạn", "Hoàn thành", "Chưa rõ thời gian");
        Pattern groupRow = Pattern.compile("<th scope=\"row\">");

        String byAgency = page(get("/action-items/by-agency").param("on", ON).param("role", "COORDINATING"), user);
        Exported agencies = Exported.xlsx(export(
                get("/action-items/by-agency")
                        .param("on", ON)
                        .param("role", "COORDINATING")
                        .param("format", "xlsx"),
                user));
        assertThat(agencies.context()).contains("Ngày tham chiếu: " + ON, "Bộ lọc: Vai trò của cơ quan: Phối hợp");
        assertThat(agencies.header().subList(0, 2)).containsExactly("Cơ quan", "Số nhiệm vụ");
        assertThat(agencies.header().subList(2, 8)).containsExactlyElementsOf(statuses);
        assertThat(agencies.rows()).hasSize((int) count(groupRow, byAgency));
        for (ReadRow row : agencies.rows()) {
            assertThat(byAgency).contains(">" + row.cell(0).text() + "<");
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = 2; c < 8; c++) {
                sum = sum.add(row.cell(c).number());
            }
            assertThat(row.cell(1).number()).isEqualByComparingTo(sum);
        }

        String byChain = page(get("/action-items/by-chain").param("on", ON), user);
        Exported chains = Exported.xlsx(
                export(get("/action-items/by-chain").param("on", ON).param("format", "xlsx"), user));
        assertThat(chains.header().get(0)).isEqualTo("Chuỗi giá trị");
        assertThat(chains.rows()).hasSize((int) count(groupRow, byChain));
        assertThat(chains.rows().get(0).cell(0).text()).isEqualTo("Các hoạt động chung");
        List<String> csv = Exported.csv(
                export(get("/action-items/by-chain").param("on", ON).param("format", "csv"), user));
        assertThat(csv).hasSize(chains.rows().size() + 1);
    }
}

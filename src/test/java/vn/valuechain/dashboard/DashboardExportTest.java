package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The dashboard's tables sent out: the headers and rows of the page, under its filters (unit, reference date),
 * titled with the unit and the date. Two chains: coconut in Mỏ Cày Nam with a cooperative, pomelo in Chợ Lách.
 */
class DashboardExportTest extends WebTest {

    static final String D = "15/06/2026";

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;
    Chain coconut;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        Cooperative coop = registry.cooperative("HTX dừa Định Thủy", p.dinhThuy());
        coconut = registry.chainWith(coop, "Chuỗi dừa Mỏ Cày Nam", p.moCayNam());
        registry.chain("Chuỗi bưởi Chợ Lách", "Bưởi da xanh", p.choLach());
        em.flush();
    }

    MockHttpServletRequestBuilder province(String url) {
        return get(url).param("date", D).param("unit", p.benTre().getId().toString());
    }

    byte[] body(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(new String(body(request, "t-staff"), StandardCharsets.UTF_8));
    }

    static List<ReadSheet> sheets(byte[] xlsx) throws Exception {
        return TableReader.read("x.xlsx", xlsx, TableReader.Limits.DEFAULT).sheets();
    }

    static List<String> texts(ReadRow row) {
        return row.cells().stream().map(c -> c.text()).toList();
    }

    @Test
    void theDashboardIsAWorkbookOfItsHeadlinesAndThreeTablesTitledWithUnitAndDate() throws Exception {
        List<ReadSheet> sheets = sheets(body(province("/dashboard").param("format", "xlsx"), "t-staff"));
        assertThat(sheets)
                .extracting(ReadSheet::name)
                .containsExactly("Số liệu chính", "Theo từng tiêu chí", "Theo sản phẩm", "Theo địa bàn");
        String html = page(province("/dashboard"));

        List<ReadRow> byProduct = sheets.get(2).rows();
        assertThat(byProduct.get(0).cell(0).text()).isEqualTo("Theo sản phẩm");
        assertThat(byProduct.get(1).cell(0).text()).isEqualTo("Đơn vị: Tỉnh Bến Tre");
        assertThat(byProduct.get(2).cell(0).text()).isEqualTo("Ngày tham chiếu: " + D);
        List<String> header = texts(byProduct.get(4));
        assertThat(header)
                .containsExactly(
                        "Sản phẩm",
                        "Số chuỗi",
                        "Hoàn thiện",
                        "Đủ HTX và DN",
                        "Có chứng nhận",
                        "Có HĐ tiêu thụ",
                        "Bao phủ hợp đồng",
                        "Tiêu thụ thực tế",
                        "Chuỗi tính theo đơn vị khác (con, sản phẩm…)");
        // the page shows the other units inside the two coverage cells
        header.subList(0, 8).forEach(h -> assertThat(html).contains(">" + h + "</th>"));
        assertThat(byProduct.subList(5, byProduct.size()))
                .extracting(r -> r.cell(0).text())
                .containsExactly("Bưởi da xanh", "Dừa", "Tổng cộng");
        assertThat(byProduct.get(6).cell(1).number()).isEqualByComparingTo("1");
        // no planned output: coverage undefined is an empty cell, as "—" on the page
        assertThat(byProduct.get(6).cell(6).isBlank()).isTrue();

        List<ReadRow> byUnit = sheets.get(3).rows();
        assertThat(byUnit.subList(5, byUnit.size()))
                .extracting(r -> r.cell(0).text())
                .containsExactly("Huyện Chợ Lách", "Huyện Mỏ Cày Nam", "Tổng cộng");

        // Hợp tác xã: met by 1 of 2 chains, 50 %.
        ReadRow cooperative = sheets.get(1).rows().get(5);
        assertThat(cooperative.cell(0).text()).isEqualTo("Hợp tác xã");
        assertThat(cooperative.cell(1).number()).isEqualByComparingTo("1");
        assertThat(cooperative.cell(2).number()).isEqualByComparingTo("2");
        assertThat(cooperative.cell(3).number()).isEqualByComparingTo("0.5");
        assertThat(sheets.get(1).rows()).hasSize(5 + 8);
    }

    @Test
    void oneTableAsCsvHasThePagesHeaderAndRows() throws Exception {
        String csv = new String(
                body(province("/dashboard").param("format", "csv").param("table", "byCriterion"), "t-viewer"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .startsWith("\uFEFFTiêu chí,Đạt,Áp dụng,Tỷ lệ", "Hợp tác xã,1,2,50", "Doanh nghiệp,0,2,0")
                .hasSize(9);
        // the page's own URL with its filters, as the browser has it
        String html = page(get("/dashboard?date=" + D + "&unit=" + p.benTre().getId()));
        assertThat(html)
                .contains("/dashboard?date=15/06/2026&unit=" + p.benTre().getId() + "&format=csv&table=byCriterion");
    }

    @Test
    void aCsvNeedsATableAndAnUnknownTableIsABadRequest() throws Exception {
        mvc.perform(province("/dashboard").param("format", "csv").with(as("t-admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(province("/dashboard")
                        .param("format", "xlsx")
                        .param("table", "x")
                        .with(as("t-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theChainsCooperativesAndEnterprisesBehindAFigure() throws Exception {
        String chains = new String(
                body(
                        province("/dashboard/chains")
                                .param("selection", "COOPERATIVE")
                                .param("met", "false")
                                .param("format", "csv"),
                        "t-admin"),
                StandardCharsets.UTF_8);
        assertThat(chains.lines().toList())
                .containsExactly(
                        "\uFEFFTên chuỗi,Sản phẩm chủ lực,Số tiêu chí đạt,Áp dụng,Còn thiếu",
                        "Chuỗi bưởi Chợ Lách,Bưởi da xanh,0,7,\"Thiếu: hợp tác xã, doanh nghiệp, hợp đồng tiêu thụ,"
                                + " hợp đồng cung ứng vật tư, thành phần ở một số khâu, chứng nhận VietGAP/ATTP,"
                                + " tem nhãn, truy xuất nguồn gốc\"");
        assertThat(page(province("/dashboard/chains")
                        .param("selection", "COOPERATIVE")
                        .param("met", "false")))
                .contains("Chuỗi bưởi Chợ Lách", "0/7", "format=xlsx");

        List<ReadRow> cooperatives = sheets(body(
                        province("/dashboard/cooperatives")
                                .param("stable", "false")
                                .param("format", "xlsx"),
                        "t-admin"))
                .get(0)
                .rows();
        assertThat(cooperatives.get(0).cell(0).text()).isEqualTo("HTX chưa có hợp đồng tiêu thụ ổn định");
        assertThat(texts(cooperatives.get(4)))
                .containsExactly(
                        "Hợp tác xã",
                        "Địa bàn (xã, phường)",
                        "Hợp đồng tiêu thụ ổn định",
                        "Bên mua",
                        "Liên kết bắt đầu (kể cả các hợp đồng được gia hạn)");
        assertThat(texts(cooperatives.get(5))).startsWith("HTX dừa Định Thủy", "Xã Định Thủy", "Chưa có");
        assertThat(cooperatives).hasSize(6);

        String enterprises = new String(
                body(province("/dashboard/enterprises").param("format", "csv"), "t-admin"), StandardCharsets.UTF_8);
        assertThat(enterprises.lines().toList()).containsExactly("\uFEFFDoanh nghiệp,\"Địa bàn (xã, phường)\"");
    }

    @Test
    void aChainsScorecard() throws Exception {
        List<ReadRow> rows = sheets(body(
                        get("/chains/{id}/scorecard", coconut.getId())
                                .param("date", D)
                                .param("format", "xlsx"),
                        "t-viewer"))
                .get(0)
                .rows();
        assertThat(rows.get(0).cell(0).text()).isEqualTo("Mức độ hoàn thiện chuỗi: Chuỗi dừa Mỏ Cày Nam");
        assertThat(rows.get(1).cell(0).text()).isEqualTo("Ngày tham chiếu: " + D);
        assertThat(texts(rows.get(3))).containsExactly("Tiêu chí", "Kết quả", "Tỷ lệ", "Diễn giải");
        assertThat(texts(rows.get(4))).startsWith("Số tiêu chí đạt", "Đạt 1 trên 7 tiêu chí áp dụng");
        assertThat(rows.get(4).cell(2).number()).isEqualByComparingTo("0.143");
        assertThat(texts(rows.get(5)))
                .containsExactly("Hợp tác xã", "Đạt", "", "Có hợp tác xã hoặc tổ hợp tác tham gia khâu sản xuất.");
        assertThat(rows.get(13).cell(0).text()).isEqualTo("Độ bao phủ hợp đồng");
        assertThat(rows.get(13).cell(1).text()).isEqualTo("Không xác định");
        assertThat(rows).hasSize(4 + 1 + 8 + 2);
    }

    @Test
    void aDistrictUserExportsTheirUnitBesideTheProvinceAndNoOtherUnit() throws Exception {
        List<ReadSheet> sheets = sheets(body(get("/dashboard").param("date", D).param("format", "xlsx"), "t-district"));
        List<ReadRow> byUnit = sheets.get(3).rows();
        assertThat(byUnit.get(1).cell(0).text()).isEqualTo("Đơn vị: Huyện Mỏ Cày Nam");
        assertThat(byUnit.subList(5, byUnit.size()))
                .extracting(r -> r.cell(0).text())
                .containsExactly("Huyện Mỏ Cày Nam", "Tổng cộng");
        List<ReadRow> byCriterion = sheets.get(1).rows();
        assertThat(texts(byCriterion.get(4))).endsWith("Toàn tỉnh: đạt", "Toàn tỉnh: áp dụng");
        mvc.perform(get("/dashboard")
                        .param("unit", p.choLach().getId().toString())
                        .param("format", "xlsx")
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
    }
}

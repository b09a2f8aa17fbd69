package vn.valuechain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanSection;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The summary workbook on 15/06/2026 for a known province: two chains (one complete), cooperatives planned by
 * product and period, and three action items with their lead agencies and districts.
 */
class SummaryReportTest extends WebTest {

    static final String D = "15/06/2026";

    @Autowired
    RegistryData registry;

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    EntityManager em;

    Province p;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        completeChain();
        registry.chain("Chuỗi bưởi chưa đủ BC", "Bưởi da xanh", p.choLach());
        // Appendix 1: Dừa 2 new in 2017-2018, 1 new in 2020, 1 to consolidate in 2017-2018 (Mỏ Cày Nam);
        // Bưởi da xanh 1 new in 2019 (Chợ Lách). A cooperative that exists is not in the plan's table.
        target("HTX dừa mới A", "Dừa", CooperativeStatus.PLANNED, "2017-2018", 2017, p.dinhThuy());
        target("HTX dừa mới B", "Dừa", CooperativeStatus.PLANNED, "2017-2018", 2017, p.moCayNam());
        target("HTX dừa mới C", "Dừa", CooperativeStatus.PLANNED, "2020", 2020, p.dinhThuy());
        target("HTX dừa củng cố", "Dừa", CooperativeStatus.TO_CONSOLIDATE, "2017-2018", 2017, p.dinhThuy());
        target("HTX bưởi mới", "Bưởi da xanh", CooperativeStatus.PLANNED, "2019", 2019, p.choLach());
        target("HTX bưởi hiện có", "Bưởi da xanh", CooperativeStatus.EXISTING, "2019", 2019, p.choLach());
        // Items: Sở Công Thương leads one done (Chợ Lách) and one not started (Mỏ Cày Nam); Sở NN&PTNT one overdue.
        Plan plan = plans.save(new PlanData(
                null,
                0,
                "99/KH-UBND-BC",
                LocalDate.of(2018, 6, 15),
                "Kế hoạch thử báo cáo",
                "UBND tỉnh",
                2018,
                2030,
                p.benTre().getId(),
                null));
        PlanSection section = plans.addSection(plan.getId(), new SectionData("I", "Các hoạt động chung", null));
        item(plan, section, "1", "2018-2019", "Sở Công Thương", "UBND huyện Chợ Lách", true);
        item(plan, section, "2", "2030", "Sở Công Thương", "UBND huyện Mỏ Cày Nam", false);
        item(plan, section, "3", "2018", "Sở Nông nghiệp và PTNT", null, false);
        em.flush();
    }

    MockHttpServletRequestBuilder workbook() {
        return get("/reports/summary.xlsx")
                .param("date", D)
                .param("unit", p.benTre().getId().toString());
    }

    List<ReadSheet> sheets(MockHttpServletRequestBuilder request, String user) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("bao-cao-tong-hop-")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return TableReader.read("x.xlsx", xlsx, TableReader.Limits.DEFAULT).sheets();
    }

    static List<String> texts(ReadRow row) {
        return row.cells().stream().map(c -> c.text()).toList();
    }

    /** A row as "a|b|c", numbers as stored (a percentage as a fraction: 0.5 for 50 %). */
    static String line(ReadRow row) {
        return String.join(
                "|",
                row.cells().stream()
                        .map(c -> c.number() != null
                                ? c.number().stripTrailingZeros().toPlainString()
                                : c.text())
                        .toList());
    }

    /** The data rows, under the title, three context lines and the header. */
    static List<ReadRow> data(ReadSheet sheet) {
        return sheet.rows().subList(5, sheet.rows().size());
    }

    @Test
    void theHeadlineFiguresAndFiveSheetsTitledWithTheUnitAndTheDate() throws Exception {
        List<ReadSheet> sheets = sheets(workbook(), "t-admin");
        assertThat(sheets)
                .extracting(ReadSheet::name)
                .containsExactly(
                        "Số liệu chính",
                        "Mức độ hoàn thiện chuỗi",
                        "Bao tiêu theo hợp đồng",
                        "HTX theo sản phẩm, giai đoạn",
                        "Tiến độ theo cơ quan",
                        "Tiến độ theo địa bàn");
        for (ReadSheet sheet : sheets) {
            assertThat(sheet.rows().get(1).cell(0).text()).isEqualTo("Đơn vị: Tỉnh Bến Tre");
            assertThat(sheet.rows().get(2).cell(0).text()).isEqualTo("Ngày tham chiếu: " + D);
        }
    }

    @Test
    void twoChainsOneComplete() throws Exception {
        List<ReadSheet> sheets = sheets(workbook(), "t-staff");
        ReadSheet completeness = sheets.get(1);
        assertThat(texts(completeness.rows().get(4)))
                .startsWith("Tên chuỗi", "Sản phẩm chủ lực", "Hợp tác xã", "Doanh nghiệp")
                .endsWith("Số tiêu chí đạt", "Áp dụng", "Tỷ lệ", "Hoàn thiện", "Còn thiếu");
        List<ReadRow> rows = data(completeness);
        assertThat(rows)
                .extracting(r -> r.cell(0).text())
                .containsExactly("Chuỗi bưởi chưa đủ BC", "Chuỗi dừa hoàn chỉnh BC", "Tổng cộng");
        ReadRow complete = rows.get(1);
        assertThat(texts(complete).subList(2, 10)).containsOnly("Đạt");
        assertThat(complete.cell(10).number()).isEqualByComparingTo("8");
        assertThat(complete.cell(11).number()).isEqualByComparingTo("8");
        assertThat(complete.cell(12).number()).isEqualByComparingTo("1");
        assertThat(complete.cell(13).text()).isEqualTo("Có");
        assertThat(complete.cell(14).text()).isEqualTo("Đủ mọi tiêu chí");
        ReadRow pomelo = rows.get(0);
        assertThat(pomelo.cell(9).text()).isEqualTo("Không áp dụng");
        assertThat(pomelo.cell(10).number()).isEqualByComparingTo("0");
        assertThat(pomelo.cell(11).number()).isEqualByComparingTo("7");
        assertThat(pomelo.cell(13).text()).isEqualTo("Không");

        // 600 tấn contracted of 1.000 tấn planned, 300 tấn bought: 60 % and 30 %.
        List<ReadRow> coverage = data(sheets.get(2));
        ReadRow coconut = coverage.get(1);
        assertThat(coconut.cell(2).number()).isEqualByComparingTo("1000");
        assertThat(coconut.cell(3).number()).isEqualByComparingTo("600");
        assertThat(coconut.cell(4).number()).isEqualByComparingTo("300");
        assertThat(coconut.cell(5).text()).isEqualTo("tấn");
        assertThat(coconut.cell(6).number()).isEqualByComparingTo("0.6");
        assertThat(coconut.cell(7).number()).isEqualByComparingTo("0.3");
        assertThat(coverage.get(0).cell(6).isBlank()).isTrue();
        assertThat(coverage.get(0).cell(8).text()).startsWith("Không xác định: chuỗi chưa có sản lượng kế hoạch");
    }

    @Test
    void cooperativesByProductAndPeriodAsInAppendixOne() throws Exception {
        ReadSheet sheet = sheets(workbook(), "t-viewer").get(3);
        assertThat(texts(sheet.rows().get(4)))
                .containsExactly("TT", "Sản phẩm, hợp tác xã", "2017-2018", "2019", "2020", "Tổng số");
        assertThat(data(sheet).stream().map(SummaryReportTest::line).toList())
                .containsExactly(
                        "I|Sản phẩm Bưởi da xanh|0|1|0|1",
                        "1|Xây dựng mới hợp tác xã|0|1|0|1",
                        "II|Sản phẩm Dừa|3|0|1|4",
                        "1|Xây dựng mới hợp tác xã|2|0|1|3",
                        "2|Củng cố, nâng cấp hợp tác xã hiện có|1|0|0|1",
                        "|Tổng cộng|3|1|1|5");
    }

    @Test
    void progressByLeadAgencyAndByDistrict() throws Exception {
        List<ReadSheet> sheets = sheets(workbook(), "t-admin");
        assertThat(texts(sheets.get(4).rows().get(4)))
                .containsExactly(
                        "Cơ quan chủ trì",
                        "Tổng số nhiệm vụ",
                        "Chưa bắt đầu",
                        "Đang thực hiện",
                        "Có nguy cơ chậm",
                        "Quá hạn",
                        "Hoàn thành",
                        "Chưa rõ thời gian",
                        "Tỷ lệ hoàn thành");
        // the item naming no district counts for the province (its plan's) but in no district
        assertThat(data(sheets.get(4)).stream().map(SummaryReportTest::line).toList())
                .containsExactly("Sở Công Thương|2|1|0|0|0|1|0|0.5", "Sở NN&PTNT|1|0|0|0|1|0|0|0");
        assertThat(data(sheets.get(5)).stream().map(SummaryReportTest::line).toList())
                .containsExactly("Huyện Chợ Lách|1|0|0|0|0|1|0|1", "Huyện Mỏ Cày Nam|1|1|0|0|0|0|0|0");
    }

    @Test
    void adminGetsTheProvince() throws Exception {
        assertThat(data(sheets(workbook(), "t-admin").get(1))).hasSize(2 + 1); // and the totals row
    }

    @Test
    void staffGetsTheProvince() throws Exception {
        assertThat(data(sheets(workbook(), "t-staff").get(1))).hasSize(2 + 1); // and the totals row
    }

    @Test
    void viewerGetsTheProvince() throws Exception {
        assertThat(data(sheets(workbook(), "t-viewer").get(1))).hasSize(2 + 1); // and the totals row
    }

    @Test
    void aDistrictUserGetsTheirUnitOnlyAsOnTheDashboard() throws Exception {
        List<ReadSheet> sheets = sheets(get("/reports/summary.xlsx").param("date", D), "t-district");
        assertThat(sheets.get(1).rows().get(1).cell(0).text()).isEqualTo("Đơn vị: Huyện Mỏ Cày Nam");
        assertThat(data(sheets.get(1)))
                .extracting(r -> r.cell(0).text())
                .containsExactly("Chuỗi dừa hoàn chỉnh BC", "Tổng cộng");
        assertThat(data(sheets.get(3))
                        .get(data(sheets.get(3)).size() - 1)
                        .cell(1)
                        .text())
                .isEqualTo("Tổng cộng");
        assertThat(texts(data(sheets.get(3)).get(data(sheets.get(3)).size() - 1)))
                .endsWith("4");
        assertThat(data(sheets.get(4)).stream()
                        .map(r -> r.cell(0).text() + "|" + r.cell(1).text())
                        .toList())
                .containsExactly("Sở Công Thương|1");
        assertThat(data(sheets.get(5))).extracting(r -> r.cell(0).text()).containsExactly("Huyện Mỏ Cày Nam");
        mvc.perform(get("/reports/summary.xlsx")
                        .param("unit", p.choLach().getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageExplainsAndLinksWithTheFilters() throws Exception {
        String benTre = p.benTre().getId().toString();
        for (String user : List.of("t-admin", "t-staff", "t-district", "t-viewer")) {
            mvc.perform(get("/reports").with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("HTX theo sản phẩm, giai đoạn")))
                    .andExpect(content().string(containsString("href=\"/reports\">Báo cáo tổng hợp</a>")));
        }
        mvc.perform(get("/reports").param("date", D).param("unit", benTre).with(as("t-admin")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/reports/summary.xlsx?date=15/06/2026&amp;unit=" + benTre + "\"")))
                .andExpect(content().string(containsString("value=\"Tỉnh Bến Tre\"")));
        mvc.perform(get("/reports")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/reports/summary.xlsx")).andExpect(redirectedUrl("/login"));
    }

    private void target(
            String name, String product, CooperativeStatus status, String period, int from, AdministrativeUnit unit) {
        Cooperative c = new Cooperative(CooperativeType.HTX, name, status);
        c.setProduct(registry.product(product));
        c.setTargetPeriod(period);
        c.setTargetYearFrom(from);
        c.setAdministrativeUnit(unit);
        em.persist(c);
    }

    private void item(
            Plan plan,
            PlanSection section,
            String ordinal,
            String timeframe,
            String lead,
            String coordinating,
            boolean done) {
        items.save(new ItemData(
                null,
                0,
                plan.getId(),
                section.getId(),
                ordinal,
                "Nhiệm vụ thử " + ordinal,
                null,
                null,
                timeframe,
                lead,
                coordinating,
                null,
                done));
    }

    /** Every criterion met (as in IndicatorServiceTest's first chain): 1.000 tấn planned, 600 under contract. */
    private void completeChain() {
        Cooperative coop = registry.cooperative("HTX Định Thủy BC", p.dinhThuy());
        Enterprise buyer = enterprise("Công ty thu mua dừa BC");
        Enterprise inputs = enterprise("Công ty phân bón BC");
        Chain chain = registry.chain("Chuỗi dừa hoàn chỉnh BC", "Dừa", p.moCayNam());
        chain.addParticipant(Party.ofCooperative(coop), ParticipantRole.PRODUCER)
                .getStages()
                .add(Stage.PRODUCTION);
        chain.addParticipant(Party.ofEnterprise(buyer), ParticipantRole.BUYER)
                .getStages()
                .add(Stage.CONSUMPTION);
        chain.addParticipant(Party.ofEnterprise(inputs), ParticipantRole.INPUT_SUPPLIER)
                .getStages()
                .add(Stage.INPUT_SUPPLY);
        chain.setOutputUnit(MeasureUnit.TAN);
        chain.setPlannedOutput(new BigDecimal("1000"));
        chain.setOutputPeriodFrom(LocalDate.of(2026, 1, 1));
        chain.setOutputPeriodTo(LocalDate.of(2026, 12, 31));
        chain.setLabelTraceability(true);
        chain.setScaleUnit(MeasureUnit.HA);
        chain.setPlannedScale(new BigDecimal("100"));
        chain.setActualScale(new BigDecimal("120"));
        chain.setHouseholdsPlanned(50);
        chain.setHouseholdsActual(60);
        LinkageContract offtake =
                contract(chain, ContractType.OFFTAKE, Party.ofCooperative(coop), Party.ofEnterprise(buyer));
        offtake.setVolume(new BigDecimal("600"));
        offtake.setVolumeUnit(MeasureUnit.TAN);
        offtake.addDelivery(LocalDate.of(2026, 3, 1), new BigDecimal("300"));
        contract(chain, ContractType.INPUT_SUPPLY, Party.ofEnterprise(inputs), Party.ofCooperative(coop));
        Certification c = new Certification(CertificationType.VIETGAP, Party.ofCooperative(coop));
        c.setProduct(registry.product("Dừa"));
        c.setStatus(CertificationStatus.VALID);
        c.setValidFrom(LocalDate.of(2024, 1, 1));
        c.setValidTo(LocalDate.of(2027, 1, 1));
        em.persist(c);
    }

    private Enterprise enterprise(String name) {
        Enterprise e = new Enterprise(name);
        em.persist(e);
        return e;
    }

    private LinkageContract contract(Chain chain, ContractType type, Party seller, Party buyer) {
        LinkageContract k = new LinkageContract(type, seller, buyer);
        k.setChain(chain);
        k.setStatus(ContractStatus.SIGNED);
        k.setStartOn(LocalDate.of(2025, 1, 1));
        em.persist(k);
        return k;
    }
}

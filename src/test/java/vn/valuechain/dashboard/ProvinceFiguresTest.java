package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
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
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * A province that exercises every rule of domain.md's "Contract coverage", with each figure worked out by hand on
 * 15/06/2026; the service, the dashboard page, the API, the scorecards, the dashboard's workbook and the summary
 * workbook must all say the same.
 *
 * <p>Cooperatives (all existing unless said):
 * <ul>
 *   <li>c1 HTX Dừa Định Thủy sells to Betrimex since 01/01/2025 (K1): 17 months, <b>stable</b>.
 *   <li>c2 HTX Bưởi Vĩnh Thành only <em>buys</em> from households since 01/01/2024 (K2): not stable (buyer).
 *   <li>c3 HTX Heo Phú Sơn sells to Vissan since 01/03/2026 (K3b), "renewing" K3a, which c4 sold: not stable (the
 *       renewed contract is another seller's; 3½ months).
 *   <li>c4 HTX Heo Tân Thiềng: K3a ended on 28/02/2026: not stable.
 *   <li>c5 Liên hiệp HTX Dừa Bến Tre (a union, counted with HTX) sells to Betrimex from 01/09/2025 (K5a, to
 *       28/02/2026), renewed by its own K5b from 01/03/2026: <b>stable</b>, linkage since 01/09/2025.
 *   <li>c6 THT Rau Định Thủy sells to Saigon Co.op since 01/01/2025 (K6): <b>stable</b>, in the THT figure.
 *   <li>c7 HTX Dừa Phước Hiệp (to consolidate) sold since 2024 under K7, terminated on 15/06/2026 itself: not in force
 *       that day, not stable.
 *   <li>c8 HTX planned: not counted. c9 THT Bưởi Sơn Định: no contract.
 * </ul>
 * HTX and unions: c1, c2, c3, c4, c5, c7 = 6, stable c1, c5 = <b>2/6</b>; THT: c6, c9 = 2, stable <b>1/2</b>.
 * Enterprises buying from farmers under a contract in force: Betrimex (K1, K5b), Vissan (K3b), Saigon Co.op (K6) =
 * <b>3</b>; Công ty Giống Bến Tre only <em>sells</em> to c2 (K8) and is not counted.
 *
 * <p>Chains, output period 2026:
 * <ul>
 *   <li>Ch1 coconut, Định Thủy: 1.000 tấn planned, K1 600 tấn, delivered 200 tấn on 01/03 and 100 tấn on 30/06
 *       (after the reference date: not counted): 60,0 % contracted, 20,0 % realised. c1 VietGAP: certified.
 *   <li>Ch2 pigs, Chợ Lách: 2.000 con planned, K3b 500 con, 300 con delivered on 01/04: 25,0 % and 15,0 % in head.
 *   <li>Ch3 pomelo, Chợ Lách: 200 tấn planned, K2 (households sell to c2) 50 tấn: 25,0 %, 0,0 %.
 *   <li>Ch4 coconut, Mỏ Cày Nam: 500 tấn planned, K7 300 tấn, in force part of the period: 60,0 %, 0,0 %; no
 *       offtake contract in force on 15/06.
 * </ul>
 * By weight: planned 1.700 tấn, contracted 950 (55,9 %), realised 200 (11,8 %); in head: 2.000, 500 (25,0 %), 300
 * (15,0 %). Coconut: 1.500 tấn, 900 (60,0 %), 200 (13,3 %). Chains with a cooperative and an enterprise: Ch1, Ch2
 * = 2/4; certified 1/4; offtake contract in force 3/4 (not Ch4); complete 0/4 (none has an input contract).
 */
class ProvinceFiguresTest extends WebTest {

    static final LocalDate D = LocalDate.of(2026, 6, 15);
    static final String DATE = "15/06/2026";

    static final List<String> SENTENCES = List.of(
            "Số chuỗi có đủ thành phần HTX và doanh nghiệp: 2/4",
            "Số chuỗi có chứng nhận VietGAP/ATTP: 1/4",
            "Số chuỗi có hợp đồng tiêu thụ sản phẩm đang hiệu lực: 3/4",
            "Số chuỗi hoàn thiện (đạt mọi tiêu chí áp dụng): 0/4",
            "Số HTX có hợp đồng tiêu thụ ổn định: 2/6",
            "Số THT có hợp đồng tiêu thụ ổn định: 1/2",
            "Số doanh nghiệp có hợp đồng tiêu thụ: 3");

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    IndicatorService indicators;

    @Autowired
    GeoService geo;

    Province p;
    Chain ch1;
    Chain ch2;

    @BeforeEach
    void province() {
        p = data.provinceWithUsers();
        Cooperative c1 =
                cooperative(CooperativeType.HTX, "HTX Dừa Định Thủy", p.dinhThuy(), CooperativeStatus.EXISTING);
        Cooperative c2 =
                cooperative(CooperativeType.HTX, "HTX Bưởi Vĩnh Thành", p.choLach(), CooperativeStatus.EXISTING);
        Cooperative c3 = cooperative(CooperativeType.HTX, "HTX Heo Phú Sơn", p.choLach(), CooperativeStatus.EXISTING);
        Cooperative c4 =
                cooperative(CooperativeType.HTX, "HTX Heo Tân Thiềng", p.choLach(), CooperativeStatus.EXISTING);
        Cooperative c5 = cooperative(
                CooperativeType.UNION, "Liên hiệp HTX Dừa Bến Tre", p.moCayNam(), CooperativeStatus.EXISTING);
        Cooperative c6 =
                cooperative(CooperativeType.THT, "THT Rau Định Thủy", p.dinhThuy(), CooperativeStatus.EXISTING);
        Cooperative c7 =
                cooperative(CooperativeType.HTX, "HTX Dừa Phước Hiệp", p.moCayNam(), CooperativeStatus.TO_CONSOLIDATE);
        cooperative(CooperativeType.HTX, "HTX Dừa dự kiến thành lập", p.moCayNam(), CooperativeStatus.PLANNED);
        cooperative(CooperativeType.THT, "THT Bưởi Sơn Định", p.choLach(), CooperativeStatus.EXISTING);
        Enterprise betrimex = enterprise("Công ty CP Betrimex");
        Enterprise vissan = enterprise("Công ty CP Vissan");
        Enterprise coop = enterprise("Liên hiệp HTX Thương mại TP.HCM (Saigon Co.op)");
        Enterprise seeds = enterprise("Công ty Giống Bến Tre");

        ch1 = chain("Chuỗi dừa Định Thủy", "Dừa", p.dinhThuy(), "1000", MeasureUnit.TAN);
        join(ch1, Party.ofCooperative(c1), Stage.PRODUCTION);
        join(ch1, Party.ofEnterprise(betrimex), Stage.CONSUMPTION);
        ch2 = chain("Chuỗi heo Phú Sơn", "Heo", p.choLach(), "2000", MeasureUnit.HEAD);
        join(ch2, Party.ofCooperative(c3), Stage.PRODUCTION);
        join(ch2, Party.ofEnterprise(vissan), Stage.CONSUMPTION);
        Chain ch3 = chain("Chuỗi bưởi Vĩnh Thành", "Bưởi da xanh", p.choLach(), "200", MeasureUnit.TAN);
        join(ch3, Party.ofCooperative(c2), Stage.PRODUCTION);
        Chain ch4 = chain("Chuỗi dừa Phước Hiệp", "Dừa", p.moCayNam(), "500", MeasureUnit.TAN);
        join(ch4, Party.ofCooperative(c7), Stage.PRODUCTION);

        LinkageContract k1 = offtake(
                ch1, Party.ofCooperative(c1), Party.ofEnterprise(betrimex), "2025-01-01", null, "600", MeasureUnit.TAN);
        em.persist(k1.addDelivery(LocalDate.of(2026, 3, 1), new BigDecimal("200")));
        em.persist(k1.addDelivery(LocalDate.of(2026, 6, 30), new BigDecimal("100")));
        offtake(
                ch3,
                Party.ofHouseholds("Các hộ trồng bưởi Vĩnh Thành"),
                Party.ofCooperative(c2),
                "2024-01-01",
                null,
                "50",
                MeasureUnit.TAN);
        LinkageContract k3a = offtake(
                null,
                Party.ofCooperative(c4),
                Party.ofEnterprise(vissan),
                "2025-03-01",
                "2026-02-28",
                "400",
                MeasureUnit.HEAD);
        LinkageContract k3b = offtake(
                ch2, Party.ofCooperative(c3), Party.ofEnterprise(vissan), "2026-03-01", null, "500", MeasureUnit.HEAD);
        k3b.setRenews(k3a);
        em.persist(k3b.addDelivery(LocalDate.of(2026, 4, 1), new BigDecimal("300")));
        LinkageContract k5a = offtake(
                null,
                Party.ofCooperative(c5),
                Party.ofEnterprise(betrimex),
                "2025-09-01",
                "2026-02-28",
                "100",
                MeasureUnit.TAN);
        LinkageContract k5b = offtake(
                null,
                Party.ofCooperative(c5),
                Party.ofEnterprise(betrimex),
                "2026-03-01",
                null,
                "100",
                MeasureUnit.TAN);
        k5b.setRenews(k5a);
        offtake(null, Party.ofCooperative(c6), Party.ofEnterprise(coop), "2025-01-01", null, "20", MeasureUnit.TAN);
        LinkageContract k7 = offtake(
                ch4, Party.ofCooperative(c7), Party.ofEnterprise(betrimex), "2024-01-01", null, "300", MeasureUnit.TAN);
        k7.setStatus(ContractStatus.TERMINATED);
        k7.setStatusChangedOn(D);
        offtake(null, Party.ofEnterprise(seeds), Party.ofCooperative(c2), "2025-01-01", null, "10", MeasureUnit.TAN);

        Certification vietgap = new Certification(CertificationType.VIETGAP, Party.ofCooperative(c1));
        vietgap.setProduct(registry.product("Dừa"));
        vietgap.setStatus(CertificationStatus.VALID);
        vietgap.setValidFrom(LocalDate.of(2025, 1, 1));
        vietgap.setValidTo(LocalDate.of(2027, 12, 31));
        em.persist(vietgap);
        em.flush();
    }

    IndicatorFilter filter() {
        return new IndicatorFilter(D, geo.filter(p.benTre().getId()), null, null);
    }

    MockHttpServletRequestBuilder province(String url) {
        return get(url).param("date", DATE).param("unit", p.benTre().getId().toString());
    }

    @Test
    void theSummaryCountsAsDomainMdSays() {
        Summary s = indicators.summary(filter());
        assertThat(s.chains()).isEqualTo(4);
        assertThat(s.cooperativeAndEnterprise()).isEqualTo(2);
        assertThat(s.certified()).isEqualTo(1);
        assertThat(s.withOfftake()).isEqualTo(3);
        assertThat(s.complete()).isZero();
        assertThat(s.cooperatives()).isEqualTo(6);
        assertThat(s.stableCooperatives()).isEqualTo(2);
        assertThat(s.cooperativeGroups()).isEqualTo(2);
        assertThat(s.stableCooperativeGroups()).isEqualTo(1);
        assertThat(s.enterprisesWithOfftake()).isEqualTo(3);
        assertThat(s.chainsWithCoverage()).isEqualTo(3);
        assertThat(s.contractedCoverage()).isEqualByComparingTo("55.9");
        assertThat(s.realisedCoverage()).isEqualByComparingTo("11.8");
        assertThat(s.weight().planned()).isEqualByComparingTo("1700");
        assertThat(s.weight().contracted()).isEqualByComparingTo("950");
        assertThat(s.weight().realised()).isEqualByComparingTo("200");
        assertThat(s.otherUnits())
                .extracting(
                        UnitCoverage::unit,
                        UnitCoverage::chains,
                        u -> u.contractedCoverage().toPlainString(),
                        u -> u.realisedCoverage().toPlainString())
                .containsExactly(tuple("HEAD", 1L, "25.0", "15.0"));
    }

    @Test
    void theListsBehindTheFiguresNameTheSameRecords() {
        assertThat(indicators
                        .cooperatives(filter(), false, true, PageRequest.of(0, 50))
                        .getContent())
                .extracting(CooperativeRow::name, CooperativeRow::contractStart)
                .containsExactlyInAnyOrder(
                        tuple("HTX Dừa Định Thủy", LocalDate.of(2025, 1, 1)),
                        // the linkage runs from the contract its renewal carries on
                        tuple("Liên hiệp HTX Dừa Bến Tre", LocalDate.of(2025, 9, 1)));
        assertThat(indicators
                        .cooperatives(filter(), true, true, PageRequest.of(0, 50))
                        .getContent())
                .extracting(CooperativeRow::name)
                .containsExactly("THT Rau Định Thủy");
        assertThat(indicators
                        .cooperatives(filter(), false, false, PageRequest.of(0, 50))
                        .getContent())
                .extracting(CooperativeRow::name)
                .containsExactlyInAnyOrder(
                        "HTX Bưởi Vĩnh Thành", "HTX Heo Phú Sơn", "HTX Heo Tân Thiềng", "HTX Dừa Phước Hiệp");
        assertThat(indicators
                        .enterprises(filter(), UnitScope.ALL, PageRequest.of(0, 50))
                        .getContent())
                .extracting(EnterpriseRow::name)
                .containsExactlyInAnyOrder(
                        "Công ty CP Betrimex", "Công ty CP Vissan", "Liên hiệp HTX Thương mại TP.HCM (Saigon Co.op)");
    }

    @Test
    void byProductAndByUnitShowChainsPlannedInHeadBesideTheWeight() {
        assertThat(indicators.byProduct(filter()))
                .extracting(
                        GroupRow::name,
                        r -> String.valueOf(r.contractedCoverage()),
                        r -> String.valueOf(r.realisedCoverage()),
                        r -> r.otherUnits().stream()
                                .map(u -> u.unit() + " " + u.contractedCoverage() + " " + u.realisedCoverage())
                                .toList())
                .containsExactly(
                        tuple("Bưởi da xanh", "25.0", "0.0", List.of()),
                        tuple("Dừa", "60.0", "13.3", List.of()),
                        tuple("Heo", "null", "null", List.of("HEAD 25.0 15.0")));
        assertThat(indicators.byUnit(filter()))
                .extracting(
                        GroupRow::name,
                        GroupRow::chains,
                        r -> String.valueOf(r.contractedCoverage()),
                        r -> r.otherUnits().stream()
                                .map(u -> u.unit() + " " + u.contractedCoverage())
                                .toList())
                .containsExactly(
                        tuple("Huyện Chợ Lách", 2L, "25.0", List.of("HEAD 25.0")),
                        tuple("Huyện Mỏ Cày Nam", 2L, "60.0", List.of()));
    }

    @Test
    void theScorecardsCountDeliveriesUpToTheReferenceDate() {
        ChainScore coconut = indicators.scorecard(ch1.getId(), filter()).orElseThrow();
        assertThat(coconut.contractedCoverage()).isEqualByComparingTo("60.0");
        assertThat(coconut.realisedCoverage()).isEqualByComparingTo("20.0");
        ChainScore pigs = indicators.scorecard(ch2.getId(), filter()).orElseThrow();
        assertThat(pigs.outputUnit()).isEqualTo("HEAD");
        assertThat(pigs.contractedCoverage()).isEqualByComparingTo("25.0");
        assertThat(pigs.realisedCoverage()).isEqualByComparingTo("15.0");
    }

    @Test
    void theApiSaysTheSame() throws Exception {
        mvc.perform(get("/api/v1/dashboard")
                        .param("date", "2026-06-15")
                        .param("unit", p.benTre().getId().toString())
                        .with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.cooperatives").value(6))
                .andExpect(jsonPath("$.summary.stableCooperatives").value(2))
                .andExpect(jsonPath("$.summary.cooperativeGroups").value(2))
                .andExpect(jsonPath("$.summary.stableCooperativeGroups").value(1))
                .andExpect(jsonPath("$.summary.enterprisesWithOfftake").value(3))
                .andExpect(jsonPath("$.summary.contractedCoverage").value(55.9))
                .andExpect(jsonPath("$.summary.realisedCoverage").value(11.8))
                .andExpect(jsonPath("$.summary.otherUnits[0].unit").value("HEAD"))
                .andExpect(
                        jsonPath("$.summary.otherUnits[0].contractedCoverage").value(25.0))
                .andExpect(jsonPath("$.byProduct[2].name").value("Heo"))
                .andExpect(jsonPath("$.byProduct[2].otherUnits[0].realisedCoverage")
                        .value(15.0))
                .andExpect(
                        jsonPath("$.byUnit[0].otherUnits[0].contractedCoverage").value(25.0));
    }

    @Test
    void thePageStatesTheFiguresInTheReportsWords() throws Exception {
        String html = page(province("/dashboard"));
        String text = html.replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace(" :", ":")
                .replace(" / ", "/");
        for (String sentence : SENTENCES) {
            assertThat(text).contains(sentence);
        }
        assertThat(text)
                .contains("55,9 %", "11,8 %", "Chuỗi tính theo con: 25,0 % (1 chuỗi)", "25,0 % theo con")
                .contains("Tổng cộng 4 0 2 1 3 55,9 %");
        // In English every share is written the English way, the tables' as the tiles'.
        String english = page(province("/dashboard").param("lang", "en")).replaceAll("\\s+", " ");
        assertThat(english).contains("55.9%", "11.8%", "25.0% in ").doesNotContain("55,9", "25,0");
    }

    @Test
    void theDashboardWorkbookSaysWhatThePageSays() throws Exception {
        List<ReadSheet> sheets = sheets(province("/dashboard").param("format", "xlsx"));
        assertThat(sheets)
                .extracting(ReadSheet::name)
                .containsExactly("Số liệu chính", "Theo từng tiêu chí", "Theo sản phẩm", "Theo địa bàn");
        assertThat(rowsAfterHeader(sheets.get(0)))
                .extracting(r -> r.cell(0).text())
                .containsExactlyElementsOf(SENTENCES);
        // the HTX line: 2 of 6, as numbers too
        ReadRow htx = rowsAfterHeader(sheets.get(0)).get(4);
        assertThat(htx.cell(1).number()).isEqualByComparingTo("2");
        assertThat(htx.cell(2).number()).isEqualByComparingTo("6");

        List<ReadRow> byProduct = rowsAfterHeader(sheets.get(2));
        assertThat(byProduct)
                .extracting(r -> r.cell(0).text())
                .containsExactly("Bưởi da xanh", "Dừa", "Heo", "Tổng cộng");
        assertThat(byProduct.get(2).cell(6).isBlank()).isTrue();
        assertThat(byProduct.get(2).cell(8).text()).isEqualTo("con: theo hợp đồng 25,0 %, thực tế 15,0 % (1 chuỗi)");
        ReadRow total = byProduct.get(3);
        assertThat(total.cell(1).number()).isEqualByComparingTo("4");
        assertThat(total.cell(6).number()).isEqualByComparingTo("0.559");
        assertThat(total.cell(7).number()).isEqualByComparingTo("0.118");
        assertThat(total.cell(8).text()).isEqualTo("con: theo hợp đồng 25,0 %, thực tế 15,0 % (1 chuỗi)");
    }

    @Test
    void theSummaryWorkbookSaysWhatThePageSaysWithTotals() throws Exception {
        List<ReadSheet> sheets = sheets(get("/reports/summary.xlsx")
                .param("date", DATE)
                .param("unit", p.benTre().getId().toString()));
        assertThat(sheets.get(0).name()).isEqualTo("Số liệu chính");
        assertThat(rowsAfterHeader(sheets.get(0)))
                .extracting(r -> r.cell(0).text())
                .containsExactlyElementsOf(SENTENCES);

        List<ReadRow> completeness = rowsAfterHeader(sheets.get(1));
        ReadRow completenessTotal = completeness.get(completeness.size() - 1);
        assertThat(completenessTotal.cell(0).text()).isEqualTo("Tổng cộng");
        assertThat(completenessTotal.cell(2).text()).isEqualTo("4/4 chuỗi đạt"); // cooperative: every chain
        assertThat(completenessTotal.cell(7).text()).isEqualTo("1/4 chuỗi đạt"); // certification

        List<ReadRow> coverage = rowsAfterHeader(sheets.get(2));
        assertThat(coverage).hasSize(4 + 2);
        ReadRow weight = coverage.get(4);
        assertThat(weight.cell(0).text()).isEqualTo("Tổng cộng các chuỗi tính theo tấn");
        assertThat(weight.cell(2).number()).isEqualByComparingTo("1700");
        assertThat(weight.cell(3).number()).isEqualByComparingTo("950");
        assertThat(weight.cell(4).number()).isEqualByComparingTo("200");
        assertThat(weight.cell(6).number()).isEqualByComparingTo("0.559");
        assertThat(weight.cell(7).number()).isEqualByComparingTo("0.118");
        ReadRow head = coverage.get(5);
        assertThat(head.cell(0).text()).isEqualTo("Tổng cộng các chuỗi tính theo con");
        assertThat(head.cell(2).number()).isEqualByComparingTo("2000");
        assertThat(head.cell(3).number()).isEqualByComparingTo("500");
        assertThat(head.cell(4).number()).isEqualByComparingTo("300");
        assertThat(head.cell(6).number()).isEqualByComparingTo("0.25");
        // the coconut chain's realised volume counts only the delivery before the reference date
        ReadRow coconut = coverage.stream()
                .filter(r -> r.cell(0).text().equals("Chuỗi dừa Định Thủy"))
                .findFirst()
                .orElseThrow();
        assertThat(coconut.cell(4).number()).isEqualByComparingTo("200");
    }

    @Test
    void theCooperativesBehindTheThtFigureArePaged() throws Exception {
        String html =
                page(province("/dashboard/cooperatives").param("groups", "true").param("stable", "true"));
        assertThat(html)
                .contains("THT có hợp đồng tiêu thụ ổn định", "THT Rau Định Thủy")
                .doesNotContain("HTX Dừa Định Thủy");
        List<ReadRow> rows = rowsAfterHeader(sheets(province("/dashboard/cooperatives")
                        .param("groups", "true")
                        .param("format", "xlsx"))
                .get(0));
        assertThat(rows)
                .extracting(r -> r.cell(0).text())
                .containsExactlyInAnyOrder("THT Rau Định Thủy", "THT Bưởi Sơn Định");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(new String(
                mvc.perform(request.with(as("t-staff")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8));
    }

    List<ReadSheet> sheets(MockHttpServletRequestBuilder request) throws Exception {
        byte[] xlsx = mvc.perform(request.with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return TableReader.read("x.xlsx", xlsx, TableReader.Limits.DEFAULT).sheets();
    }

    /** The data rows of an exported table: after the title, the context lines ending "Xuất lúc …" and the header. */
    static List<ReadRow> rowsAfterHeader(ReadSheet sheet) {
        List<ReadRow> rows = sheet.rows();
        int generatedAt = 0;
        while (!rows.get(generatedAt).cell(0).text().startsWith("Xuất lúc ")) {
            generatedAt++;
        }
        return rows.subList(generatedAt + 2, rows.size());
    }

    private Cooperative cooperative(CooperativeType type, String name, AdministrativeUnit unit, CooperativeStatus s) {
        Cooperative c = new Cooperative(type, name, s);
        c.setAdministrativeUnit(unit);
        em.persist(c);
        return c;
    }

    private Enterprise enterprise(String name) {
        Enterprise e = new Enterprise(name);
        em.persist(e);
        return e;
    }

    private Chain chain(String name, String product, AdministrativeUnit unit, String planned, MeasureUnit measure) {
        Chain c = registry.chain(name, product, unit);
        c.setPlannedOutput(new BigDecimal(planned));
        c.setOutputUnit(measure);
        c.setOutputPeriodFrom(LocalDate.of(2026, 1, 1));
        c.setOutputPeriodTo(LocalDate.of(2026, 12, 31));
        return c;
    }

    private void join(Chain chain, Party party, Stage stage) {
        chain.addParticipant(party, stage == Stage.PRODUCTION ? ParticipantRole.PRODUCER : ParticipantRole.BUYER)
                .getStages()
                .add(stage);
    }

    private LinkageContract offtake(
            Chain chain, Party seller, Party buyer, String start, String end, String volume, MeasureUnit unit) {
        LinkageContract k = new LinkageContract(ContractType.OFFTAKE, seller, buyer);
        k.setChain(chain);
        k.setStatus(ContractStatus.SIGNED);
        k.setStartOn(LocalDate.parse(start));
        k.setEndOn(end == null ? null : LocalDate.parse(end));
        k.setVolume(new BigDecimal(volume));
        k.setVolumeUnit(unit);
        em.persist(k);
        return k;
    }
}

package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
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
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/**
 * Worked examples for every criterion and coverage figure, computed by hand on 15/06/2026 (see each comment).
 */
@Transactional
class IndicatorServiceTest extends IntegrationTest {

    static final LocalDate D = LocalDate.of(2026, 6, 15);

    @Autowired
    IndicatorService indicators;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;
    Cooperative dinhThuy;
    Cooperative phuocHiep;
    Cooperative thanhThoi;
    Enterprise betrimex;
    Enterprise inputs;
    Chain complete;
    Chain troubled;
    Chain unplanned;

    @BeforeEach
    void province() {
        p = data.province();
        dinhThuy = registry.cooperative("HTX Định Thủy", p.dinhThuy());
        phuocHiep = registry.cooperative("HTX Phước Hiệp", p.dinhThuy());
        thanhThoi = registry.cooperative("HTX Thành Thới", p.moCayNam());
        betrimex = enterprise("Công ty CP Betrimex");
        inputs = enterprise("Công ty phân bón Bình Điền");

        // Chain 1: every criterion met. Output 1.000 tấn in 2026; offtake 600 tấn; delivered 200 tấn + 100.000 kg.
        complete = registry.chain("Chuỗi dừa hoàn chỉnh", "Dừa", p.moCayNam());
        join(complete, Party.ofCooperative(dinhThuy), ParticipantRole.PRODUCER, Stage.PRODUCTION);
        join(complete, Party.ofEnterprise(betrimex), ParticipantRole.BUYER, Stage.CONSUMPTION);
        join(complete, Party.ofEnterprise(inputs), ParticipantRole.INPUT_SUPPLIER, Stage.INPUT_SUPPLY);
        complete.setOutputUnit(MeasureUnit.TAN);
        complete.setPlannedOutput(new BigDecimal("1000"));
        complete.setOutputPeriodFrom(LocalDate.of(2026, 1, 1));
        complete.setOutputPeriodTo(LocalDate.of(2026, 12, 31));
        complete.setLabelTraceability(true);
        complete.setScaleUnit(MeasureUnit.HA);
        complete.setPlannedScale(new BigDecimal("100"));
        complete.setActualScale(new BigDecimal("120"));
        complete.setHouseholdsPlanned(50);
        complete.setHouseholdsActual(60);
        LinkageContract offtake = contract(
                complete,
                ContractType.OFFTAKE,
                Party.ofCooperative(dinhThuy),
                Party.ofEnterprise(betrimex),
                LocalDate.of(2025, 1, 1),
                null,
                "600",
                MeasureUnit.TAN);
        offtake.addDelivery(LocalDate.of(2026, 3, 1), new BigDecimal("200"));
        offtake.addDelivery(LocalDate.of(2026, 5, 1), new BigDecimal("100")); // in tấn, the contract's unit
        offtake.addDelivery(LocalDate.of(2025, 12, 1), new BigDecimal("999")); // before the period: not counted
        contract(
                complete,
                ContractType.INPUT_SUPPLY,
                Party.ofEnterprise(inputs),
                Party.ofCooperative(dinhThuy),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                null,
                null);
        certificate(Party.ofCooperative(dinhThuy), "Dừa", LocalDate.of(2027, 1, 1));

        // Chain 2: the edge cases. Needs no purchased inputs (criterion 4 not applicable); no processing stage
        // required; its contracts start tomorrow, ended yesterday or were broken; its certificate expired
        // yesterday; its output is in head (con) but its contract in tấn: coverage undefined.
        troubled = registry.chain("Chuỗi heo nhiều vướng mắc", "Heo", p.choLach());
        troubled.setNeedsNoPurchasedInputs(true);
        join(troubled, Party.ofCooperative(phuocHiep), ParticipantRole.PRODUCER, Stage.PRODUCTION);
        troubled.setOutputUnit(MeasureUnit.HEAD);
        troubled.setPlannedOutput(new BigDecimal("6000"));
        contract(
                troubled,
                ContractType.OFFTAKE,
                Party.ofCooperative(phuocHiep),
                Party.ofEnterprise(betrimex),
                D.plusDays(1),
                null,
                "10",
                MeasureUnit.TAN);
        LinkageContract ended = contract(
                troubled,
                ContractType.OFFTAKE,
                Party.ofCooperative(phuocHiep),
                Party.ofEnterprise(betrimex),
                LocalDate.of(2026, 1, 1),
                null,
                "5",
                MeasureUnit.TAN);
        ended.setStatus(ContractStatus.TERMINATED);
        ended.setStatusChangedOn(D.minusDays(1));
        LinkageContract broken = contract(
                troubled,
                ContractType.OFFTAKE,
                Party.ofCooperative(phuocHiep),
                Party.ofEnterprise(betrimex),
                LocalDate.of(2026, 1, 1),
                null,
                "5",
                MeasureUnit.TAN);
        broken.setStatus(ContractStatus.BROKEN);
        broken.setStatusChangedOn(LocalDate.of(2026, 3, 1));
        certificate(Party.ofCooperative(phuocHiep), "Heo", D.minusDays(1));

        // Chain 3: no planned output: coverage undefined, with that reason.
        unplanned = registry.chain("Chuỗi bưởi chưa có sản lượng kế hoạch", "Bưởi da xanh", p.choLach());

        // Stable offtake: Thành Thới renewed a contract with the same buyer this year.
        LinkageContract first = contract(
                null,
                ContractType.OFFTAKE,
                Party.ofCooperative(thanhThoi),
                Party.ofEnterprise(betrimex),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28),
                "50",
                MeasureUnit.TAN);
        LinkageContract renewal = contract(
                null,
                ContractType.OFFTAKE,
                Party.ofCooperative(thanhThoi),
                Party.ofEnterprise(betrimex),
                LocalDate.of(2026, 3, 1),
                null,
                "60",
                MeasureUnit.TAN);
        renewal.setRenews(first);
        em.flush();
    }

    @Autowired
    GeoService geo;

    /** The whole test province (other tests' committed data lives in other provinces). */
    IndicatorFilter all() {
        return on(D);
    }

    IndicatorFilter on(LocalDate date) {
        return new IndicatorFilter(date, geo.filter(p.benTre().getId()), null, null);
    }

    @Test
    void aChainMeetingEveryCriterionIsComplete() {
        ChainScore score = indicators.scorecard(complete.getId(), all()).orElseThrow();
        assertThat(score.criteria()).doesNotContainValue(false).doesNotContainValue(null);
        assertThat(score.met()).isEqualTo(8);
        assertThat(score.applicable()).isEqualTo(8);
        assertThat(score.complete()).isTrue();
        // 600 tấn contracted of 1.000 tấn planned; delivered in 2026: 200 + 100 = 300 tấn.
        assertThat(score.contractedCoverage()).isEqualByComparingTo("60.0");
        assertThat(score.realisedCoverage()).isEqualByComparingTo("30.0");
    }

    @Test
    void edgeCasesAreJudgedOnTheReferenceDate() {
        ChainScore score = indicators.scorecard(troubled.getId(), all()).orElseThrow();
        assertThat(score.criteria().get(Criterion.COOPERATIVE)).isTrue();
        assertThat(score.criteria().get(Criterion.ENTERPRISE)).isFalse();
        // starts tomorrow, terminated yesterday, broken in March: none is in force today
        assertThat(score.criteria().get(Criterion.OFFTAKE_CONTRACT)).isFalse();
        assertThat(score.criteria().get(Criterion.INPUT_CONTRACT))
                .as("needs no purchased inputs")
                .isNull();
        // required: input supply, production, consumption; only production has a participant
        assertThat(score.criteria().get(Criterion.STAGES)).isFalse();
        assertThat(score.criteria().get(Criterion.CERTIFICATION))
                .as("expired yesterday")
                .isFalse();
        assertThat(score.criteria().get(Criterion.LABEL)).isFalse();
        assertThat(score.criteria().get(Criterion.SCALE)).as("no planned scale").isNull();
        assertThat(score.met()).isEqualTo(1);
        assertThat(score.applicable()).isEqualTo(6);
        assertThat(score.score()).isEqualByComparingTo("16.7");
        assertThat(score.missing())
                .containsExactly(
                        Criterion.ENTERPRISE,
                        Criterion.OFFTAKE_CONTRACT,
                        Criterion.STAGES,
                        Criterion.CERTIFICATION,
                        Criterion.LABEL);
        assertThat(score.coverageProblem()).isEqualTo("UNIT_MISMATCH");
        assertThat(score.contractedCoverage()).isNull();

        // The day before the termination the contract was still in force.
        ChainScore before =
                indicators.scorecard(troubled.getId(), on(D.minusDays(2))).orElseThrow();
        assertThat(before.criteria().get(Criterion.OFFTAKE_CONTRACT)).isTrue();
        assertThat(before.criteria().get(Criterion.CERTIFICATION)).isTrue();
    }

    @Test
    void coverageWithoutPlannedOutputIsUndefinedNotZero() {
        ChainScore score = indicators.scorecard(unplanned.getId(), all()).orElseThrow();
        assertThat(score.coverageProblem()).isEqualTo("NO_PLANNED_OUTPUT");
        assertThat(score.contractedCoverage()).isNull();
        assertThat(score.realisedCoverage()).isNull();
    }

    @Test
    void provinceSummaryCountsAsTheReportsDo() {
        Summary s = indicators.summary(all());
        assertThat(s.chains()).isEqualTo(3);
        assertThat(s.complete()).isEqualTo(1);
        assertThat(s.cooperativeAndEnterprise()).isEqualTo(1);
        assertThat(s.certified()).isEqualTo(1);
        assertThat(s.withOfftake()).isEqualTo(1);
        assertThat(s.criteria().get(Criterion.COOPERATIVE)).isEqualTo(new Summary.Tally(2, 3));
        assertThat(s.criteria().get(Criterion.INPUT_CONTRACT)).isEqualTo(new Summary.Tally(1, 2));
        // cooperatives: Định Thủy (contract since 01/01/2025: 17 months) and Thành Thới (renewal, same buyer)
        // are stable; Phước Hiệp has no contract in force.
        assertThat(s.cooperatives()).isEqualTo(3);
        assertThat(s.stableCooperatives()).isEqualTo(2);
        assertThat(s.enterprisesWithOfftake()).isEqualTo(1);
        // only chain 1 has coverage figures in a unit of mass
        assertThat(s.chainsWithCoverage()).isEqualTo(1);
        assertThat(s.contractedCoverage()).isEqualByComparingTo("60.0");
        assertThat(s.realisedCoverage()).isEqualByComparingTo("30.0");
    }

    @Test
    void aDistrictSeesItsOwnChains() {
        IndicatorFilter choLach = new IndicatorFilter(
                D, UnitScope.of(java.util.List.of(p.choLach().getId())), null, null);
        assertThat(indicators.summary(choLach).chains()).isEqualTo(2);
        assertThat(indicators.byUnit(all()))
                .extracting(GroupRow::name)
                .containsExactly("Huyện Chợ Lách", "Huyện Mỏ Cày Nam");
        assertThat(indicators.byProduct(all())).extracting(GroupRow::name).contains("Dừa", "Heo", "Bưởi da xanh");
    }

    @Test
    void theChainsBehindAFigureAreListed() {
        assertThat(indicators
                        .chains(all(), "certified", true, PageRequest.of(0, 20))
                        .getContent())
                .extracting(ChainScore::name)
                .containsExactly("Chuỗi dừa hoàn chỉnh");
        assertThat(indicators
                        .chains(all(), "certified", false, PageRequest.of(0, 20))
                        .getTotalElements())
                .isEqualTo(2);
        assertThat(indicators
                        .chains(all(), "INPUT_CONTRACT", false, PageRequest.of(0, 20))
                        .getContent())
                .extracting(ChainScore::name)
                .as("not applicable is neither met nor not met")
                .containsExactly("Chuỗi bưởi chưa có sản lượng kế hoạch");
    }

    @Test
    void theCooperativesBehindTheStableFigureAreListedWithTheirContract() {
        // Định Thủy: its contract with Betrimex since 01/01/2025; Thành Thới: the renewal of 01/03/2026, whose linkage
        // with Betrimex runs from the contract it renews, 01/03/2025 (domain.md: added up over renewals).
        assertThat(indicators
                        .cooperatives(all(), false, true, PageRequest.of(0, 50))
                        .getContent())
                .extracting(
                        CooperativeRow::name,
                        CooperativeRow::unitName,
                        CooperativeRow::buyerName,
                        CooperativeRow::contractStart)
                .containsExactlyInAnyOrder(
                        tuple("HTX Định Thủy", "Xã Định Thủy", "Công ty CP Betrimex", LocalDate.of(2025, 1, 1)),
                        tuple("HTX Thành Thới", "Huyện Mỏ Cày Nam", "Công ty CP Betrimex", LocalDate.of(2025, 3, 1)));
        // Phước Hiệp: its contracts start tomorrow, ended yesterday or were broken.
        assertThat(indicators
                        .cooperatives(all(), false, false, PageRequest.of(0, 50))
                        .getContent())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.name()).isEqualTo("HTX Phước Hiệp");
                    assertThat(c.stable()).isFalse();
                    assertThat(c.contractNumber()).isNull();
                    assertThat(c.buyerName()).isNull();
                });
        // the same counts as the summary, whatever the page size
        Summary s = indicators.summary(all());
        var firstOfTwo = indicators.cooperatives(all(), false, true, PageRequest.of(0, 1));
        assertThat(firstOfTwo.getContent()).hasSize(1);
        assertThat(firstOfTwo.getTotalElements()).isEqualTo(s.stableCooperatives());
        assertThat(indicators
                        .cooperatives(all(), false, null, PageRequest.of(0, 50))
                        .getTotalElements())
                .isEqualTo(s.cooperatives());
    }

    @Test
    void theEnterprisesBehindTheOfftakeFigureAreListed() {
        // Betrimex buys under several contracts but counts once; Bình Điền only supplies inputs.
        var page = indicators.enterprises(all(), PageRequest.of(0, 50));
        assertThat(page.getContent()).extracting(EnterpriseRow::name).containsExactly("Công ty CP Betrimex");
        assertThat(page.getTotalElements()).isEqualTo(indicators.summary(all()).enterprisesWithOfftake());
        // On 01/06/2024 no offtake contract had started yet.
        assertThat(indicators.enterprises(on(LocalDate.of(2024, 6, 1)), PageRequest.of(0, 50)))
                .isEmpty();
    }

    private Enterprise enterprise(String name) {
        Enterprise e = new Enterprise(name);
        em.persist(e);
        return e;
    }

    private void join(Chain chain, Party party, ParticipantRole role, Stage stage) {
        chain.addParticipant(party, role).getStages().add(stage);
    }

    private LinkageContract contract(
            Chain chain,
            ContractType type,
            Party seller,
            Party buyer,
            LocalDate start,
            LocalDate end,
            String volume,
            MeasureUnit unit) {
        LinkageContract k = new LinkageContract(type, seller, buyer);
        k.setChain(chain);
        k.setStatus(ContractStatus.SIGNED);
        k.setStartOn(start);
        k.setEndOn(end);
        k.setVolume(volume == null ? null : new BigDecimal(volume));
        k.setVolumeUnit(unit);
        em.persist(k);
        return k;
    }

    private void certificate(Party holder, String product, LocalDate validTo) {
        Certification c = new Certification(CertificationType.VIETGAP, holder);
        c.setProduct(registry.product(product));
        c.setStatus(CertificationStatus.VALID);
        c.setValidFrom(LocalDate.of(2024, 1, 1));
        c.setValidTo(validTo);
        em.persist(c);
    }
}

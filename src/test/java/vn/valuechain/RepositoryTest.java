package vn.valuechain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.Agency;
import vn.valuechain.agency.AgencyKind;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationRepository;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ChainParticipant;
import vn.valuechain.chain.ChainRepository;
import vn.valuechain.chain.ChainStatus;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.contract.ContractDelivery;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.contract.LinkageContractRepository;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeRepository;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.enterprise.EnterpriseRepository;
import vn.valuechain.enterprise.EnterpriseRole;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.notification.Notification;
import vn.valuechain.notification.NotificationRepository;
import vn.valuechain.party.Party;
import vn.valuechain.party.PartyKind;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemRepository;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanRepository;
import vn.valuechain.plan.PlanSection;
import vn.valuechain.plan.Target;
import vn.valuechain.product.Product;
import vn.valuechain.product.ProductRepository;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportRepository;
import vn.valuechain.progress.ProgressReportValue;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.progress.ReportStatus;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;

/** Every entity written and read back through its repository; each test rolls back. */
@Transactional
class RepositoryTest extends IntegrationTest {

    @Autowired
    EntityManager em;

    @Autowired
    ProductRepository products;

    @Autowired
    CooperativeRepository cooperatives;

    @Autowired
    EnterpriseRepository enterprises;

    @Autowired
    PlanRepository plans;

    @Autowired
    ActionItemRepository actionItems;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    ChainRepository chains;

    @Autowired
    LinkageContractRepository contracts;

    @Autowired
    CertificationRepository certifications;

    @Autowired
    NotificationRepository notifications;

    @Test
    void persistsAndReloadsTheWholeGraph() {
        AdministrativeUnit province = unit(AdministrativeLevel.PROVINCE, "83", "Bến Tre", null);
        AdministrativeUnit district = unit(AdministrativeLevel.DISTRICT, "831", "Mỏ Cày Nam", province);
        AdministrativeUnit commune = unit(AdministrativeLevel.COMMUNE, "28912", "Minh Đức", district);
        Agency department = new Agency("Sở Nông nghiệp và Phát triển nông thôn", AgencyKind.DEPARTMENT);
        em.persist(department);

        Product coconut = products.save(new Product("Dừa sáp (thử nghiệm)"));

        Plan plan = new Plan("1234/KH-UBND", "Kế hoạch phát triển chuỗi giá trị dừa giai đoạn 2021-2025");
        plan.setIssuedOn(LocalDate.of(2021, 3, 15));
        plan.setPeriodStartYear(2021);
        plan.setPeriodEndYear(2025);
        PlanSection section = plan.addSection("1", "Chuỗi Dừa");
        plans.save(plan);

        Cooperative coop = new Cooperative(CooperativeType.HTX, "HTX Dừa hữu cơ Minh Đức", CooperativeStatus.EXISTING);
        coop.setAdministrativeUnit(commune);
        coop.setProduct(coconut);
        coop.setMembers(45);
        coop.setMinScaleValue(new BigDecimal("20"));
        coop.setMinScaleUnit(MeasureUnit.HA);
        cooperatives.save(coop);

        Enterprise buyer = new Enterprise("Công ty TNHH Chế biến Dừa Lương Quới");
        buyer.setTaxCode("1300358260");
        buyer.setAdministrativeUnit(district);
        buyer.getRoles().add(EnterpriseRole.BUYER);
        buyer.getRoles().add(EnterpriseRole.PROCESSOR);
        enterprises.save(buyer);

        Chain chain = new Chain("Chuỗi liên kết dừa hữu cơ Mỏ Cày Nam", coconut);
        chain.setPlan(plan);
        chain.setStatus(ChainStatus.ACTIVE);
        chain.setScaleUnit(MeasureUnit.HA);
        chain.setPlannedScale(new BigDecimal("300"));
        chain.setOutputUnit(MeasureUnit.TAN);
        chain.setPlannedOutput(new BigDecimal("4500"));
        chain.setBudgetTotal(new BigDecimal("1500000000"));
        chain.getRequiredStages().add(Stage.PROCESSING);
        chain.getUnits().add(commune);
        ChainParticipant producer = chain.addParticipant(Party.ofCooperative(coop), ParticipantRole.PRODUCER);
        producer.setHouseholdsCount(120);
        producer.getStages().add(Stage.PRODUCTION);
        producer.getStages().add(Stage.COLLECTION);
        ChainParticipant lead = chain.addParticipant(Party.ofEnterprise(buyer), ParticipantRole.BUYER);
        lead.setLead(true);
        lead.getStages().add(Stage.PROCESSING);
        lead.getStages().add(Stage.CONSUMPTION);
        chains.save(chain);
        section.setChainId(chain.getId());

        LinkageContract offtake =
                new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(coop), Party.ofEnterprise(buyer));
        offtake.setNumber("01/2023/HĐLK");
        offtake.setChain(chain);
        offtake.setProduct(coconut);
        offtake.setStatus(ContractStatus.SIGNED);
        offtake.setSignedOn(LocalDate.of(2023, 1, 10));
        offtake.setStartOn(LocalDate.of(2023, 1, 10));
        offtake.setEndOn(LocalDate.of(2023, 12, 31));
        offtake.setVolume(new BigDecimal("1200"));
        offtake.setVolumeUnit(MeasureUnit.TAN);
        // Entered out of order: the mapping must give them back by date.
        offtake.addDelivery(LocalDate.of(2023, 9, 15), new BigDecimal("650.5"));
        offtake.addDelivery(LocalDate.of(2023, 6, 30), new BigDecimal("500"));
        contracts.save(offtake);

        LinkageContract renewal =
                new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(coop), Party.ofEnterprise(buyer));
        renewal.setNumber("01/2024/HĐLK");
        renewal.setChain(chain);
        renewal.setRenews(offtake);
        contracts.save(renewal);

        Certification vietgap = new Certification(CertificationType.VIETGAP, Party.ofCooperative(coop));
        vietgap.setProduct(coconut);
        vietgap.setAreaHa(new BigDecimal("50.5"));
        vietgap.setNumber("VietGAP-TT-12-34-83-0001");
        vietgap.setValidFrom(LocalDate.of(2023, 1, 1));
        vietgap.setValidTo(LocalDate.of(2025, 12, 31));
        certifications.save(vietgap);

        ActionItem item = new ActionItem(section, "1.1", 1, "Hỗ trợ chứng nhận VietGAP cho vùng trồng dừa");
        item.setTimeframeText("Tháng 4/2023 đến tháng 12/2023");
        item.addPhase(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 12, 31));
        item.addAgency(AgencyRole.LEAD, department, "Sở NN&PTNT");
        item.getUnits().add(district);
        Target area = item.addTarget("Diện tích dừa đạt chứng nhận VietGAP", new BigDecimal("50"), "ha", 2023);
        actionItems.save(item);

        ProgressReport report = new ProgressReport(item, district, ReportPeriodType.QUARTER, 2023, 3);
        report.setStatus(ReportStatus.SUBMITTED);
        report.setPercentComplete(new BigDecimal("60.00"));
        report.addValue(area, new BigDecimal("30.5"));
        reports.save(report);

        AppUser officer = new AppUser("repository-test", "{noop}x", "Cán bộ huyện", Role.DISTRICT);
        officer.setAdministrativeUnit(district);
        em.persist(officer);
        notifications.save(new Notification(officer.getId(), "report.submitted", "Mỏ Cày Nam", "/reports/1"));

        em.flush();
        em.clear();

        Chain readChain = chains.findDetailedById(chain.getId()).orElseThrow();
        assertThat(readChain.getProduct().getName()).isEqualTo("Dừa sáp (thử nghiệm)");
        assertThat(readChain.getPlan().getDocumentNumber()).isEqualTo("1234/KH-UBND");
        assertThat(readChain.getStatus()).isEqualTo(ChainStatus.ACTIVE);
        assertThat(readChain.getScaleUnit()).isEqualTo(MeasureUnit.HA);
        assertThat(readChain.getPlannedOutput()).isEqualByComparingTo("4500");
        assertThat(readChain.getOutputUnit().kilogramFactor())
                .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1000"));
        assertThat(readChain.getBudgetTotal()).isEqualByComparingTo("1500000000");
        assertThat(readChain.getRequiredStages())
                .containsExactlyInAnyOrder(Stage.INPUT_SUPPLY, Stage.PRODUCTION, Stage.PROCESSING, Stage.CONSUMPTION);
        assertThat(readChain.getUnits()).extracting(AdministrativeUnit::getName).containsExactly("Minh Đức");
        assertThat(readChain.getCreatedBy()).isEqualTo("system");
        // The lead comes first.
        assertThat(readChain.getParticipants()).hasSize(2);
        ChainParticipant readLead = readChain.getParticipants().get(0);
        assertThat(readLead.isLead()).isTrue();
        assertThat(readLead.getRole()).isEqualTo(ParticipantRole.BUYER);
        assertThat(readLead.getParty().getKind()).isEqualTo(PartyKind.ENTERPRISE);
        assertThat(readLead.getParty().getCooperative()).isNull();
        assertThat(readLead.getParty().displayName()).isEqualTo("Công ty TNHH Chế biến Dừa Lương Quới");
        assertThat(readLead.getStages()).containsExactlyInAnyOrder(Stage.PROCESSING, Stage.CONSUMPTION);
        ChainParticipant readProducer = readChain.getParticipants().get(1);
        assertThat(readProducer.isLead()).isFalse();
        assertThat(readProducer.getParty().getKind()).isEqualTo(PartyKind.COOPERATIVE);
        assertThat(readProducer.getParty().displayName()).isEqualTo("HTX Dừa hữu cơ Minh Đức");
        assertThat(readProducer.getHouseholdsCount()).isEqualTo(120);

        Cooperative readCoop = cooperatives.findById(coop.getId()).orElseThrow();
        assertThat(readCoop.getType()).isEqualTo(CooperativeType.HTX);
        assertThat(readCoop.getAdministrativeUnit().getParent().getName()).isEqualTo("Mỏ Cày Nam");
        assertThat(readCoop.getMinScaleUnit()).isEqualTo(MeasureUnit.HA);
        assertThat(readCoop.getMinScaleUnit().kilogramFactor()).isEmpty();
        assertThat(cooperatives.findByAdministrativeUnitIdOrderByNameAsc(commune.getId()))
                .extracting(Cooperative::getId)
                .containsExactly(coop.getId());

        Enterprise readBuyer = enterprises.findByTaxCode("1300358260").orElseThrow();
        assertThat(readBuyer.getRoles()).containsExactlyInAnyOrder(EnterpriseRole.BUYER, EnterpriseRole.PROCESSOR);
        assertThat(readBuyer.isInProvince()).isTrue();

        LinkageContract readOfftake = contracts.findById(offtake.getId()).orElseThrow();
        assertThat(readOfftake.getSeller().getKind()).isEqualTo(PartyKind.COOPERATIVE);
        assertThat(readOfftake.getSeller().getCooperative().getId()).isEqualTo(coop.getId());
        assertThat(readOfftake.getSeller().getEnterprise()).isNull();
        assertThat(readOfftake.getBuyer().getKind()).isEqualTo(PartyKind.ENTERPRISE);
        assertThat(readOfftake.getBuyer().getEnterprise().getId()).isEqualTo(buyer.getId());
        assertThat(readOfftake.getVolumeUnit()).isEqualTo(MeasureUnit.TAN);
        assertThat(readOfftake.getChain().getId()).isEqualTo(chain.getId());
        assertThat(readOfftake.getDeliveries())
                .extracting(ContractDelivery::getDeliveredOn)
                .containsExactly(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 9, 15));
        assertThat(readOfftake.getDeliveries().get(1).getVolume()).isEqualByComparingTo("650.5");
        LinkageContract readRenewal = contracts.findById(renewal.getId()).orElseThrow();
        assertThat(readRenewal.getRenews().getNumber()).isEqualTo("01/2023/HĐLK");
        assertThat(readRenewal.getStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contracts.findByChainIdOrderBySignedOnAsc(chain.getId())).hasSize(2);

        Certification readCert = certifications.findById(vietgap.getId()).orElseThrow();
        assertThat(readCert.getType()).isEqualTo(CertificationType.VIETGAP);
        assertThat(readCert.getStatus()).isEqualTo(CertificationStatus.VALID);
        assertThat(readCert.getOcopStars()).isNull();
        assertThat(readCert.getHolder().displayName()).isEqualTo("HTX Dừa hữu cơ Minh Đức");
        assertThat(readCert.getProduct().getName()).isEqualTo("Dừa sáp (thử nghiệm)");
        assertThat(readCert.isValidOn(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(readCert.isValidOn(LocalDate.of(2026, 1, 1))).isFalse();

        Plan readPlan = plans.findWithSectionsById(plan.getId()).orElseThrow();
        assertThat(readPlan.getPeriodEndYear()).isEqualTo(2025);
        assertThat(readPlan.getSections()).singleElement().satisfies(s -> {
            assertThat(s.getCode()).isEqualTo("1");
            assertThat(s.getChainId()).isEqualTo(chain.getId());
        });

        ActionItem readItem = actionItems
                .findByPlanIdOrderBySectionSortOrderAscSortOrderAsc(plan.getId())
                .get(0);
        assertThat(readItem.getSection().getTitle()).isEqualTo("Chuỗi Dừa");
        assertThat(readItem.getPhases()).singleElement().satisfies(p -> {
            assertThat(p.getStartOn()).isEqualTo(LocalDate.of(2023, 4, 1));
            assertThat(p.getEndOn()).isEqualTo(LocalDate.of(2023, 12, 31));
        });
        assertThat(readItem.getAgencies()).singleElement().satisfies(a -> {
            assertThat(a.getRole()).isEqualTo(AgencyRole.LEAD);
            assertThat(a.getAgency().getName()).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
            assertThat(a.getWrittenAs()).isEqualTo("Sở NN&PTNT");
            assertThat(a.isNeedsReview()).isFalse();
        });
        assertThat(readItem.getUnits()).extracting(AdministrativeUnit::getCode).containsExactly("831");
        assertThat(readItem.getTargets())
                .extracting(Target::getIndicator)
                .containsExactly("Diện tích dừa đạt chứng nhận VietGAP");

        ProgressReport readReport =
                reports.findByActionItemIdAndReportingUnitIdAndPeriodTypeAndPeriodYearAndPeriodNumber(
                                item.getId(), district.getId(), ReportPeriodType.QUARTER, 2023, 3)
                        .orElseThrow();
        assertThat(readReport.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(readReport.getPercentComplete()).isEqualByComparingTo("60");
        assertThat(readReport.getValues()).singleElement().satisfies((ProgressReportValue v) -> {
            assertThat(v.getTarget().getIndicator()).isEqualTo("Diện tích dừa đạt chứng nhận VietGAP");
            assertThat(v.getActualValue()).isEqualByComparingTo("30.5");
        });

        assertThat(notifications.countByRecipientIdAndReadAtIsNull(officer.getId()))
                .isEqualTo(1);
        assertThat(notifications.findByRecipientIdOrderByCreatedAtDesc(officer.getId(), PageRequest.of(0, 10)))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getMessageKey()).isEqualTo("report.submitted");
                    assertThat(n.getCreatedAt()).isNotNull();
                });
    }

    @Test
    void databaseRejectsAPartyWhoseKindDoesNotMatchItsColumns() {
        Product coconut = products.save(new Product("Dừa sáp (thử nghiệm)"));
        Chain chain = chains.save(new Chain("Chuỗi dừa", coconut));
        em.flush();

        // The Party factories leave this to the database's check, the one place the rule lives.
        chain.addParticipant(Party.ofCooperative(null), ParticipantRole.PRODUCER);

        assertThatThrownBy(em::flush)
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("violates check constraint \"chain_participant_check\"");
    }

    private AdministrativeUnit unit(AdministrativeLevel level, String code, String name, AdministrativeUnit parent) {
        AdministrativeUnit unit = new AdministrativeUnit(level, code, name, parent);
        em.persist(unit);
        return unit;
    }
}

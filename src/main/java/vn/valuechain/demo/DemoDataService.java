package vn.valuechain.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.certification.CertificationData;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.chain.ChainData;
import vn.valuechain.chain.ChainService;
import vn.valuechain.chain.ChainService.ParticipantData;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.contract.ContractData;
import vn.valuechain.contract.ContractService;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.DeliveryData;
import vn.valuechain.contract.PartyData;
import vn.valuechain.cooperative.CooperativeData;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.demo.BenTreData.ChainLine;
import vn.valuechain.demo.BenTreData.ContractLine;
import vn.valuechain.demo.BenTreData.CooperativeLine;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.enterprise.EnterpriseData;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.enterprise.EnterpriseStatus;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.party.PartyKind;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.product.ProductService;
import vn.valuechain.product.ProductService.ProductOption;
import vn.valuechain.shared.cluster.ClusterLocks;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.time.OfficeTime;

/**
 * The demo data: Bến Tre plan 2835/KH-UBND with its framework, chains, Appendix 1 cooperatives and units (real, from
 * the plan), plus a few illustrative enterprises, contracts and certificates (flagged as such). Loaded through the
 * features' own services, so that agencies, timeframes and units are read exactly as when a person enters them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoDataService {

    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);

    /** The demo is the installation a new user would meet in Vĩnh Long today (Bến Tre is part of it since 2025). */
    static final String PROVINCE = "86";

    private final BenTreData data = BenTreData.read();
    private final GeoService geo;
    private final ProductService products;
    private final PlanService plans;
    private final ActionItemService items;
    private final ChainService chains;
    private final CooperativeService cooperatives;
    private final EnterpriseService enterprises;
    private final ContractService contracts;
    private final CertificationService certifications;
    private final JdbcClient jdbc;
    private final DeploymentService deployment;
    private final ClusterLocks locks;
    private final OfficeTime officeTime;

    public String documentNumber() {
        return data.documentNumber();
    }

    /** Whether the plan is in the database already (then loading is refused). */
    public boolean loaded() {
        return plans.documentNumberTaken(data.documentNumber(), null);
    }

    /** No plan, chain or cooperative yet: a fresh installation, to which the demo data is offered. */
    public boolean databaseEmpty() {
        return jdbc.sql("""
                        select not exists (select 1 from plan)
                           and not exists (select 1 from chain)
                           and not exists (select 1 from cooperative)
                        """).query(Boolean.class).single();
    }

    /** What loading adds, counted from the files, keyed by the suffix of its message (demo.count.…). */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("plans", 1L);
        counts.put("sections", (long) data.sections().size());
        counts.put(
                "commonItems",
                data.items().stream().filter(i -> i.section().equals("I")).count());
        counts.put(
                "chainItems",
                data.items().stream().filter(i -> !i.section().equals("I")).count());
        counts.put("targets", (long) data.targets().size());
        counts.put("chains", (long) data.chains().size());
        counts.put("plannedCooperatives", countCooperatives(CooperativeStatus.PLANNED));
        counts.put("consolidatedCooperatives", countCooperatives(CooperativeStatus.TO_CONSOLIDATE));
        data.unitCodes().forEach((level, codes) -> counts.put("units." + level, (long) codes.size()));
        return counts;
    }

    /** The illustrative records loading adds, keyed like {@link #counts()}. */
    public Map<String, Long> illustrativeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("presentPlan", 1L);
        counts.put("presentItems", (long) data.present().items().size());
        counts.put(
                "enterprises",
                data.enterprises().stream().filter(e -> e.illustrative()).count());
        counts.put(
                "contracts",
                data.contracts().stream().filter(c -> c.illustrative()).count());
        counts.put("deliveries", (long) data.deliveries().size());
        counts.put(
                "certifications",
                data.certifications().stream().filter(c -> c.illustrative()).count());
        return counts;
    }

    private long countCooperatives(CooperativeStatus status) {
        return data.cooperatives().stream().filter(c -> c.status() == status).count();
    }

    /**
     * Loads everything in one transaction: all of it or, on any failure, nothing. The demo is Vĩnh Long's today: an
     * installation not yet set up is set up for Vĩnh Long (86) first, one set up for another province is refused, as
     * is loading twice (it would duplicate the chains and cooperatives).
     *
     * @return the plan's id
     */
    @Transactional
    public long load() {
        // Two servers started with APP_DEMO_DATA, or two admins on two servers: the second waits, then is refused.
        locks.lockForTransaction("demo-data");
        if (loaded()) {
            throw new DemoDataRefusedException("demo.refused.loaded", data.documentNumber());
        }
        Optional<DeploymentService.Province> province = deployment.current();
        if (province.isPresent() && !province.get().code().equals(PROVINCE)) {
            throw new DemoDataRefusedException(
                    "demo.refused.province", province.get().name());
        }
        if (province.isEmpty()) {
            deployment.setUp(PROVINCE, "system");
        }
        Map<String, Long> units = units(LocalDate.parse(data.plan().get("issued on")), data.unitCodes());
        Map<String, Long> today = units(
                officeTime.today(),
                Map.of(
                        AdministrativeLevel.COMMUNE,
                        data.enterprises().stream()
                                .map(BenTreData.EnterpriseLine::unitCode)
                                .collect(Collectors.toSet())));
        Map<String, Long> productIds =
                products.options().stream().collect(Collectors.toMap(ProductOption::name, ProductOption::id));
        Map<String, String> p = data.plan();
        long planId = plans.save(new PlanData(
                        null,
                        0,
                        data.documentNumber(),
                        LocalDate.parse(p.get("issued on")),
                        p.get("title"),
                        p.get("issuing body"),
                        Integer.valueOf(p.get("period start year")),
                        Integer.valueOf(p.get("period end year")),
                        units.get(p.get("province")),
                        null))
                .getId();

        Map<String, Long> chainOfSection = new HashMap<>();
        Map<String, Long> productOfSection = new HashMap<>();
        for (ChainLine c : data.chains()) {
            Long productId = productIds.get(c.product());
            chainOfSection.put(c.section(), chains.create(chain(c, productId, units), planId));
            productOfSection.put(c.section(), productId);
        }
        Map<String, Long> sectionIds = new HashMap<>();
        for (BenTreData.Section s : data.sections()) {
            sectionIds.put(
                    s.code(),
                    plans.addSection(planId, new SectionData(s.code(), s.title(), chainOfSection.get(s.code())))
                            .getId());
        }
        Map<String, ActionItem> savedItems = new HashMap<>();
        for (BenTreData.Item i : data.items()) {
            ActionItem saved = items.save(item(planId, sectionIds.get(i.section()), i));
            savedItems.put(i.section() + " " + i.ordinal(), saved);
        }
        data.targets().stream()
                .collect(Collectors.groupingBy(
                        t -> savedItems.get(t.section() + " " + t.ordinal()), LinkedHashMap::new, Collectors.toList()))
                .forEach((item, targets) -> items.saveTargets(
                        item.getId(),
                        item.getVersion(),
                        targets.stream()
                                .map(t -> new TargetData(null, t.indicator(), t.value(), t.unit(), t.year()))
                                .toList()));

        Map<String, Long> cooperativeIds = new HashMap<>();
        for (CooperativeLine c : data.cooperatives()) {
            long id = cooperatives.createForPlan(
                    cooperative(c, units.get(c.unitCode()), productOfSection.get(c.section())),
                    planId,
                    c.yearFrom(),
                    c.yearTo());
            cooperativeIds.put(c.key(), id);
            // Appendix 1 lists each cooperative under its product's chain, as the chain's producers.
            chains.addParticipant(
                    chainOfSection.get(c.section()),
                    new ParticipantData(
                            PartyKind.COOPERATIVE,
                            id,
                            null,
                            null,
                            ParticipantRole.PRODUCER,
                            false,
                            List.of(Stage.PRODUCTION),
                            null));
        }

        Map<String, Long> enterpriseIds = new HashMap<>();
        for (BenTreData.EnterpriseLine e : data.enterprises()) {
            long id = enterprises.create(
                    new EnterpriseData(
                            e.name(),
                            null,
                            true,
                            today.get(e.unitCode()),
                            null,
                            null,
                            null,
                            null,
                            e.roles(),
                            EnterpriseStatus.ACTIVE,
                            null),
                    null);
            if (e.illustrative()) {
                enterprises.markIllustrative(id);
            }
            enterpriseIds.put(e.key(), id);
            for (BenTreData.Participation in : e.chains()) {
                chains.addParticipant(
                        chainOfSection.get(in.section()),
                        new ParticipantData(
                                PartyKind.ENTERPRISE,
                                id,
                                null,
                                null,
                                in.role(),
                                in.lead(),
                                new ArrayList<>(in.stages()),
                                null));
            }
        }

        Parties parties = new Parties(cooperativeIds, enterpriseIds);
        Map<String, Long> contractIds = new HashMap<>();
        for (ContractLine k : data.contracts()) {
            contractIds.put(
                    k.key(),
                    contracts.create(
                            contract(k, chainOfSection.get(k.section()), productOfSection.get(k.section()), parties),
                            null));
        }
        for (BenTreData.DeliveryLine d : data.deliveries()) {
            contracts.addDelivery(
                    contractIds.get(d.contract()), new DeliveryData(d.deliveredOn(), d.volume(), d.note()), null);
        }
        for (ContractLine k : data.contracts()) {
            if (k.illustrative()) {
                contracts.markIllustrative(contractIds.get(k.key()));
            }
        }

        for (BenTreData.CertificationLine c : data.certifications()) {
            PartyData holder = parties.of(c.holder());
            long id = certifications.create(
                    new CertificationData(
                            c.type(),
                            null,
                            holder.kind(),
                            holder.cooperativeId(),
                            null,
                            holder.enterpriseId(),
                            null,
                            holder.householdsName(),
                            productIds.get(c.product()),
                            null,
                            c.areaHa(),
                            c.number(),
                            c.issuedBy(),
                            c.validFrom(),
                            c.validTo(),
                            CertificationStatus.VALID,
                            null),
                    null);
            if (c.illustrative()) {
                certifications.markIllustrative(id);
            }
        }
        loadPresentPlan();
        log.info(
                "Loaded the demo data: plan {} with {} action items, {} chains, {} cooperatives",
                data.documentNumber(),
                data.items().size(),
                data.chains().size(),
                data.cooperatives().size());
        return planId;
    }

    /**
     * The illustrative plan of today's Vĩnh Long: its agencies are read in the province of today on its date (Sở
     * Nông nghiệp và Môi trường, Sở Tài chính, "UBND xã Giồng Trôm" as the commune), like a plan a person enters.
     */
    private void loadPresentPlan() {
        BenTreData.PlanFiles present = data.present();
        Map<String, String> p = present.plan();
        long planId = plans.save(new PlanData(
                        null,
                        0,
                        p.get("document number"),
                        LocalDate.parse(p.get("issued on")),
                        p.get("title"),
                        p.get("issuing body"),
                        Integer.valueOf(p.get("period start year")),
                        Integer.valueOf(p.get("period end year")),
                        deployment.current().orElseThrow().id(),
                        null))
                .getId();
        plans.markIllustrative(planId);
        Map<String, Long> sectionIds = new HashMap<>();
        for (BenTreData.Section s : present.sections()) {
            sectionIds.put(
                    s.code(),
                    plans.addSection(planId, new SectionData(s.code(), s.title(), null))
                            .getId());
        }
        for (BenTreData.Item i : present.items()) {
            items.save(item(planId, sectionIds.get(i.section()), i));
        }
    }

    private static ItemData item(long planId, Long sectionId, BenTreData.Item i) {
        return new ItemData(
                null,
                0,
                planId,
                sectionId,
                i.ordinal(),
                i.content(),
                i.inputActivities(),
                i.expectedOutputs(),
                i.timeframe(),
                i.lead(),
                i.coordinating(),
                i.supporting(),
                null);
    }

    /**
     * The units of the official list (loaded when the installation was set up) with these codes that were in force on
     * the date, by code: the plan's 2018 communes and districts, or today's communes of the illustrative enterprises.
     */
    private Map<String, Long> units(
            LocalDate on, Map<AdministrativeLevel, ? extends java.util.Collection<String>> codes) {
        Map<String, Long> ids = new HashMap<>();
        codes.forEach((level, list) -> list.forEach(code -> ids.put(
                code,
                geo.byCode(level, code).stream()
                        .filter(u -> (u.validFrom() == null || !on.isBefore(u.validFrom()))
                                && (u.validTo() == null || !on.isAfter(u.validTo())))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException(
                                "No unit " + level + " " + code + " on " + on + " in the official list"))
                        .id())));
        return ids;
    }

    private static ChainData chain(ChainLine c, Long productId, Map<String, Long> units) {
        boolean output = c.illustrativeOutput() != null;
        return new ChainData(
                c.name(),
                productId,
                c.status(),
                null,
                null,
                c.unitCodes().stream().map(units::get).toList(),
                Stage.defaultRequired(),
                null,
                null,
                null,
                output ? MeasureUnit.TAN : null,
                c.illustrativeOutput(),
                c.outputFrom(),
                c.outputTo(),
                null,
                null,
                new ChainData.Budget(null, null, null, null, null, null, null),
                false,
                false,
                c.description());
    }

    private static CooperativeData cooperative(CooperativeLine c, Long unitId, Long productId) {
        return new CooperativeData(
                CooperativeType.HTX,
                c.name(),
                null,
                null,
                null,
                unitId,
                null,
                null,
                null,
                null,
                productId,
                null,
                c.status(),
                c.targetPeriod(),
                c.minScale(),
                c.scaleUnit(),
                // The plan's own words, so a person can check the record against the plan.
                "Phụ lục 1 Kế hoạch 2835/KH-UBND (" + c.key() + "): " + c.asWritten());
    }

    private static ContractData contract(ContractLine k, Long chainId, Long productId, Parties parties) {
        return new ContractData(
                k.type(),
                k.number(),
                chainId,
                productId,
                parties.of(k.seller()),
                parties.of(k.buyer()),
                k.signedOn(),
                k.startOn(),
                k.endOn(),
                ContractStatus.SIGNED,
                null,
                k.volume(),
                k.volumeUnit(),
                k.priceTerms(),
                null,
                null);
    }

    /** A party as the data files name it: an enterprise's key (E1…), a cooperative's key, or households' name. */
    private record Parties(Map<String, Long> cooperatives, Map<String, Long> enterprises) {

        PartyData of(String reference) {
            if (enterprises.containsKey(reference)) {
                return PartyData.of(PartyKind.ENTERPRISE, null, enterprises.get(reference), null);
            }
            if (cooperatives.containsKey(reference)) {
                return PartyData.of(PartyKind.COOPERATIVE, cooperatives.get(reference), null, null);
            }
            return PartyData.of(PartyKind.HOUSEHOLDS, null, null, reference);
        }
    }
}

package vn.valuechain.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.PlanRows.PlanOption;
import vn.valuechain.plan.PlanRows.PlanRow;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanRows.SectionRow;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.NotFoundException;

/** Plans, their sections, and the framework table of a plan as the user may see it. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanService {

    private final PlanRepository plans;
    private final ItemSummaries summaries;
    private final ItemStatuses statuses;
    private final ItemScope scope;
    private final GeoService geo;

    public Page<PlanRow> list(Pageable pageable) {
        return plans.findRows(pageable);
    }

    public PlanView view(long id) {
        return plans.findView(id).orElseThrow(() -> new NotFoundException("Plan", id));
    }

    public List<SectionRow> sections(long planId) {
        return plans.findSections(planId);
    }

    /** Every plan but the one given, for choosing the plan one amends. */
    public List<PlanOption> others(Long exceptId) {
        return plans.findOptions().stream()
                .filter(p -> !p.id().equals(exceptId))
                .toList();
    }

    /** The plan of a document number as people write it (accents, case and spacing ignored, as it is unique). */
    public Optional<PlanView> byDocumentNumber(String number) {
        return plans.findIdsByDocumentNumber(number.trim()).stream().findFirst().flatMap(plans::findView);
    }

    /** Every plan's document number, in order. */
    public List<String> documentNumbers() {
        return plans.findOptions().stream().map(PlanOption::documentNumber).toList();
    }

    /** The section codes plans use, each once: the first plan's first. */
    public List<String> sectionCodes() {
        return plans.findSectionCodes().stream().distinct().toList();
    }

    public boolean documentNumberTaken(String number, Long exceptId) {
        return plans.documentNumberTaken(number.trim(), exceptId == null ? -1 : exceptId);
    }

    /** Why this unit cannot be a plan's province (a message key), or null. */
    public String provinceProblem(Long unitId) {
        if (unitId == null) {
            return "validation.required";
        }
        return geo.row(unitId).level() == AdministrativeLevel.PROVINCE ? null : "plan.province.wrongLevel";
    }

    @Transactional
    public Plan save(PlanData data) {
        Plan plan = data.id() == null
                ? new Plan()
                : plans.findById(data.id()).orElseThrow(() -> new NotFoundException("Plan", data.id()));
        if (data.id() != null) {
            StaleEdit.check(plan, data.version());
        }
        plan.setDocumentNumber(data.documentNumber().trim());
        plan.setTitle(data.title().trim());
        plan.setIssuedOn(data.issuedOn());
        plan.setIssuingBody(blankToNull(data.issuingBody()));
        plan.setPeriodStartYear(data.periodStartYear());
        plan.setPeriodEndYear(data.periodEndYear());
        plan.setProvince(geo.get(data.provinceId()));
        plan.setAmends(data.amendsId() == null ? null : plans.getReferenceById(data.amendsId()));
        return plans.save(plan);
    }

    /** Chain names by id, for the chains the given sections are about. */
    /** Marks a plan of the demo data that is no real document (shown with a badge). */
    @Transactional
    public void markIllustrative(long id) {
        plans.findById(id).orElseThrow(() -> new NotFoundException("Plan", id)).setIllustrative(true);
    }

    public Map<Long, String> chainNames(Collection<Long> chainIds) {
        if (chainIds.isEmpty()) {
            return Map.of();
        }
        return plans.findChainNames(chainIds).stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }

    /**
     * Every chain with its product and plan, for linking a section heading to a chain: rows of id, name, product
     * name, plan id (read from the chain table, as {@link #chainNames} is).
     */
    public List<Object[]> chainKeys() {
        return plans.findChainKeys();
    }

    public boolean sectionCodeTaken(long planId, String code) {
        return plans.sectionCodeTaken(planId, code.trim(), -1);
    }

    @Transactional
    public PlanSection addSection(long planId, SectionData data) {
        Plan plan = plans.findWithSectionsById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        PlanSection section = plan.addSection(data.code().trim(), data.title().trim());
        section.setChainId(data.chainId());
        // Flushed so that the new section has its id for the caller.
        plans.flush();
        return section;
    }

    /** Links a section of the plan to a chain, or to none. */
    @Transactional
    public void linkSection(long planId, long sectionId, Long chainId) {
        Plan plan = plans.findWithSectionsById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        plan.getSections().stream()
                .filter(s -> s.getId().equals(sectionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("PlanSection", sectionId))
                .setChainId(chainId);
    }

    /**
     * The plan's framework as the government table groups it: by section in order, each with its items and their
     * status on the date. A DISTRICT user sees only the items naming their unit, and only sections that have some.
     */
    public Framework framework(long planId, UnitScopedUser user, LocalDate on) {
        PlanView plan = view(planId);
        Scope s = scope.of(user);
        List<Long> ids = statuses.allIds(ItemFilter.ofPlan(planId), s, on);
        Map<Long, List<ItemSummary>> bySection = summaries.load(ids, on).stream()
                .collect(Collectors.groupingBy(i -> i.item().sectionId(), LinkedHashMap::new, Collectors.toList()));
        List<SectionGroup> groups = plans.findSections(planId).stream()
                .map(section -> new SectionGroup(section, bySection.getOrDefault(section.id(), List.of())))
                .filter(g -> s.all() || !g.items().isEmpty())
                .toList();
        return new Framework(plan, groups, statuses.counts(ItemFilter.ofPlan(planId), s, on));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public record Framework(PlanView plan, List<SectionGroup> sections, Map<ItemStatus, Long> statusCounts) {

        public int itemCount() {
            return sections.stream().mapToInt(g -> g.items().size()).sum();
        }
    }

    public record SectionGroup(SectionRow section, List<ItemSummary> items) {}

    public record PlanData(
            Long id,
            long version,
            String documentNumber,
            LocalDate issuedOn,
            String title,
            String issuingBody,
            Integer periodStartYear,
            Integer periodEndYear,
            Long provinceId,
            Long amendsId) {}

    public record SectionData(String code, String title, Long chainId) {}
}

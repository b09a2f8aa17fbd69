package vn.valuechain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyResolver;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.geo.GeoService;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemCells;
import vn.valuechain.plan.FrameworkRows.ItemRow;
import vn.valuechain.plan.FrameworkRows.TargetRow;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.TargetSuggester.SuggestedTarget;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.NotFoundException;

/** Action items: entering them (timeframe and agencies read from the text as written), targets, and reading them. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActionItemService {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})(?:\\.(\\d{1,2}))?");

    private final ActionItemRepository items;
    private final PlanRepository plans;
    private final ItemSummaries summaries;
    private final ItemRowQueries rows;
    private final ItemScope scope;
    private final AgencyResolver resolver;
    private final AgencyService agencies;
    private final GeoService geo;
    private final OfficeTime officeTime;

    /** The item as the user may see it, with its status on the date; 404 outside a DISTRICT user's unit. */
    public ItemSummary summary(long id, UnitScopedUser user, LocalDate on) {
        requireVisible(id, user);
        return summaries.load(List.of(id), on).get(0);
    }

    public void requireVisible(long id, UnitScopedUser user) {
        if (!items.existsById(id)) {
            throw new NotFoundException("ActionItem", id);
        }
        Scope s = scope.of(user);
        if (!s.all() && !items.namesAnyOf(id, s.unitsParameter())) {
            throw new NotFoundException("ActionItem", id);
        }
    }

    /** What the edit form starts from: the item's fields and, per role, its agency phrases one per line. */
    public ItemData data(long id) {
        ActionItem item = items.findWithAgenciesById(id).orElseThrow(() -> new NotFoundException("ActionItem", id));
        return new ItemData(
                item.getId(),
                item.getVersion(),
                item.getPlan().getId(),
                item.getSection().getId(),
                item.getOrdinal(),
                item.getContent(),
                item.getInputActivities(),
                item.getExpectedOutputs(),
                item.getTimeframeText(),
                lines(item, AgencyRole.LEAD),
                lines(item, AgencyRole.COORDINATING),
                lines(item, AgencyRole.SUPPORTING),
                item.getDoneOn());
    }

    private static String lines(ActionItem item, AgencyRole role) {
        return item.getAgencies().stream()
                .filter(a -> a.getRole() == role)
                .map(ActionItemAgency::getWrittenAs)
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    public boolean ordinalTaken(long sectionId, String ordinal, Long exceptId) {
        return items.existsBySectionIdAndOrdinalIgnoreCaseAndIdNot(
                sectionId, ordinal.trim(), exceptId == null ? -1 : exceptId);
    }

    /** The item of a section with this number (case ignored, as {@link #ordinalTaken} compares them). */
    public Optional<Long> idInSection(long sectionId, String ordinal) {
        return items.findIdsBySectionAndOrdinal(sectionId, ordinal.trim()).stream()
                .findFirst();
    }

    /** Whether the section belongs to the plan (a form could post another plan's section). */
    public boolean sectionOfPlan(long sectionId, long planId) {
        return plans.findSections(planId).stream().anyMatch(s -> s.id().equals(sectionId));
    }

    @Transactional
    public ActionItem save(ItemData data) {
        return save(data, reader(data.planId()));
    }

    /** Saves with a reader of the plan's cells that the caller keeps for many items (an import). */
    @Transactional
    public ActionItem save(ItemData data, ItemReader reader) {
        Plan plan = plans.findById(data.planId()).orElseThrow(() -> new NotFoundException("Plan", data.planId()));
        PlanSection section = plan.getSections().stream()
                .filter(s -> s.getId().equals(data.sectionId()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("PlanSection", data.sectionId()));
        ActionItem item;
        if (data.id() == null) {
            item = new ActionItem(section, data.ordinal().trim(), sortOrder(section, data.ordinal()), data.content());
        } else {
            item = items.findWithAgenciesById(data.id())
                    .filter(i -> i.getPlan().getId().equals(plan.getId()))
                    .orElseThrow(() -> new NotFoundException("ActionItem", data.id()));
            StaleEdit.check(item, data.version());
            if (!item.getOrdinal().equals(data.ordinal().trim())
                    || !item.getSection().equals(section)) {
                item.setSection(section);
                item.setSortOrder(sortOrder(section, data.ordinal()));
            }
            item.setOrdinal(data.ordinal().trim());
        }
        item.setContent(data.content().strip());
        item.setInputActivities(blankToNull(data.inputActivities()));
        item.setExpectedOutputs(blankToNull(data.expectedOutputs()));
        Timeframe timeframe = reader.timeframe(data.timeframeText());
        item.setTimeframe(timeframe);
        item.markDone(data.doneOn());
        setAgencies(item, AgencyRole.LEAD, reader.agencies(data.lead(), timeframe));
        setAgencies(item, AgencyRole.COORDINATING, reader.agencies(data.coordinating(), timeframe));
        setAgencies(item, AgencyRole.SUPPORTING, reader.agencies(data.supporting(), timeframe));
        return items.save(item);
    }

    private void setAgencies(ActionItem item, AgencyRole role, List<ResolvedAgency> resolved) {
        item.clearAgencies(role);
        for (ResolvedAgency r : resolved) {
            item.addAgency(
                    role,
                    r.agencyId() == null ? null : agencies.reference(r.agencyId()),
                    r.unitId() == null ? null : geo.get(r.unitId()),
                    r.writtenAs());
        }
    }

    /**
     * Items sort by their number as written ("2" before "10", "2.3" after "2"); anything else goes after the
     * section's last item.
     */
    private int sortOrder(PlanSection section, String ordinal) {
        Matcher m = NUMBERED.matcher(ordinal.trim());
        if (m.find()) {
            return Integer.parseInt(m.group(1)) * 100 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
        }
        return section.getId() == null ? 0 : items.maxSortOrder(section.getId()) + 1;
    }

    /** How a cell would be read for the plan's item, for the form's preview. */
    public List<ResolvedAgency> previewAgencies(long planId, String text, String timeframeText) {
        ItemReader reader = reader(planId);
        return reader.agencies(text, reader.timeframe(timeframeText));
    }

    public Timeframe previewTimeframe(long planId, String text) {
        return reader(planId).timeframe(text);
    }

    /** Reads the timeframe and agency cells of the plan's items as saving them does. */
    public ItemReader reader(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
        return new ItemReader(
                plan.getProvince() == null ? null : plan.getProvince().getId(),
                plan.getIssuedOn(),
                plan.getPeriodStartYear(),
                plan.getPeriodEndYear());
    }

    /**
     * The cells of one plan's items: a timeframe within the plan's period, and agencies against the bodies and units
     * of the plan's province on the plan's date. Keeps one agency reader per date, so a whole framework builds only a few.
     */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    public final class ItemReader {

        private final Long provinceId;
        private final LocalDate issuedOn;
        private final Integer startYear;
        private final Integer endYear;
        private final Map<LocalDate, AgencyResolver.Reader> readers = new HashMap<>();

        public Timeframe timeframe(String text) {
            return TimeframeParser.parse(text, startYear, endYear);
        }

        public List<ResolvedAgency> agencies(String cell, Timeframe timeframe) {
            // A plan names the bodies and units of its own date, also for work years later (a 2018 plan's Sở
            // NN&PTNT, its districts): the plan's date, else the item's start, else today.
            LocalDate on =
                    issuedOn != null ? issuedOn : timeframe.start() != null ? timeframe.start() : officeTime.today();
            return readers.computeIfAbsent(on, d -> resolver.reader(provinceId, d))
                    .read(cell);
        }
    }

    public List<TargetRow> targets(long id) {
        return rows.targets(List.of(id));
    }

    /** The items as the framework table reads them, in no particular order. */
    public List<ItemRow> rows(Collection<Long> ids) {
        return rows.items(ids);
    }

    /** The agency rows of the items, one per agency or unit a phrase names, in each item's order. */
    public List<AgencyRow> agencyRows(Collection<Long> ids) {
        return rows.agencies(ids);
    }

    /** The plan's items as the government table has their cells, in the plan's order. */
    public List<ItemCells> cells(long planId) {
        return items.findCells(planId);
    }

    /** The item with its targets, for a caller that writes against them in its own transaction. */
    public ActionItem withTargets(long id) {
        return items.findWithTargetsById(id).orElseThrow(() -> new NotFoundException("ActionItem", id));
    }

    /** Quantities of the expected outputs not yet among the item's targets (same value and unit). */
    public List<SuggestedTarget> suggestions(long id) {
        ActionItem item = withTargets(id);
        return missing(
                item.getExpectedOutputs(),
                item.getTargets().stream()
                        .map(t -> new Quantity(t.getValue(), t.getUnit()))
                        .toList());
    }

    /**
     * The plan's items with the targets their expected outputs suggest and they do not have yet, in the plan's order:
     * what staff confirm in one step for a whole plan. Two queries however many items.
     */
    public List<ItemSuggestions> planSuggestions(long planId) {
        List<ItemCells> cells = items.findCells(planId);
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TargetRow>> targets = rows
                .targets(cells.stream().map(ItemCells::id).toList())
                .stream()
                .collect(Collectors.groupingBy(TargetRow::itemId));
        List<ItemSuggestions> result = new ArrayList<>();
        for (ItemCells item : cells) {
            List<SuggestedTarget> missing = missing(
                    item.expectedOutputs(),
                    targets.getOrDefault(item.id(), List.of()).stream()
                            .map(t -> new Quantity(t.value(), t.unit()))
                            .toList());
            if (!missing.isEmpty()) {
                result.add(new ItemSuggestions(item, missing));
            }
        }
        return result;
    }

    /**
     * Adds the suggestions chosen on the plan's page as targets, all in one transaction. A choice names the item and
     * the place of the suggestion in its list ("12:0"), and the suggestions are read again here, so nothing but a
     * tick comes from the page.
     *
     * @return how many targets were added
     */
    @Transactional
    public int addSuggestedTargets(long planId, Collection<String> chosen) {
        Map<Long, ItemSuggestions> offered = planSuggestions(planId).stream()
                .collect(Collectors.toMap(i -> i.item().id(), i -> i));
        int added = 0;
        for (String choice : chosen) {
            String[] parts = choice.split(":", 2);
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,4}")) {
                continue;
            }
            ItemSuggestions item = offered.get(Long.valueOf(parts[0]));
            int index = Integer.parseInt(parts[1]);
            if (item == null || index >= item.suggestions().size()) {
                continue;
            }
            SuggestedTarget s = item.suggestions().get(index);
            withTargets(item.item().id()).addTarget(s.indicator(), s.value(), s.unit(), s.year());
            added++;
        }
        return added;
    }

    /** The suggestions of these expected outputs that are not among the targets yet (same value and unit). */
    private static List<SuggestedTarget> missing(String expectedOutputs, List<Quantity> targets) {
        return TargetSuggester.suggest(expectedOutputs).stream()
                .filter(s -> targets.stream()
                        .noneMatch(t -> t.value().compareTo(s.value()) == 0
                                && Objects.equals(
                                        Folding.fold(Objects.toString(t.unit(), "")), Folding.fold(s.unit()))))
                .toList();
    }

    /** A target's value and unit, which is what a suggestion is compared on. */
    private record Quantity(BigDecimal value, String unit) {}

    /** An item of a plan with the targets its expected outputs suggest. */
    public record ItemSuggestions(ItemCells item, List<SuggestedTarget> suggestions) {}

    /**
     * Replaces the item's targets with those given (an id keeps and updates that target). A target with reported
     * values is not removed: the reports would lose them.
     *
     * @return the indicators of targets that were to be removed but have reported values (nothing saved then)
     */
    @Transactional
    public List<String> saveTargets(long id, long version, List<TargetData> wanted) {
        ActionItem item = withTargets(id);
        // The form carries the item's version: a list of targets read before someone else saved theirs is refused.
        StaleEdit.check(item, version);
        List<Long> keptIds =
                wanted.stream().map(TargetData::id).filter(Objects::nonNull).toList();
        List<String> inUse = item.getTargets().stream()
                .filter(t -> !keptIds.contains(t.getId()) && items.hasReportedValues(t.getId()))
                .map(Target::getIndicator)
                .toList();
        if (!inUse.isEmpty()) {
            return inUse;
        }
        item.getTargets().removeIf(t -> !keptIds.contains(t.getId()));
        List<TargetData> added = new ArrayList<>();
        for (TargetData w : wanted) {
            Target target = w.id() == null
                    ? null
                    : item.getTargets().stream()
                            .filter(t -> t.getId().equals(w.id()))
                            .findFirst()
                            .orElse(null);
            if (target == null) {
                added.add(w);
            } else {
                target.setIndicator(w.indicator().strip());
                target.setValue(w.value());
                target.setUnit(blankToNull(w.unit()));
                target.setYear(w.year());
            }
        }
        added.forEach(w -> item.addTarget(w.indicator().strip(), w.value(), blankToNull(w.unit()), w.year()));
        // The targets belong to the item: saving them is a change of the item (its version moves, and who and when
        // are recorded), so a targets form opened before this save is stale.
        item.markChanged(null, Instant.now());
        return List.of();
    }

    /** Who saved the item last and when, its version now and its targets: shown when a save is refused as stale. */
    public TargetsNow targetsNow(long id) {
        ActionItem item = withTargets(id);
        return new TargetsNow(item.lastChangedBy(), item.lastChangedAt(), item.getVersion(), targets(id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What the item form submits, already validated for shape; agencies one phrase per line or as the plan writes;
     * doneOn: the day staff marked it done (null: not done).
     */
    public record ItemData(
            Long id,
            long version,
            Long planId,
            Long sectionId,
            String ordinal,
            String content,
            String inputActivities,
            String expectedOutputs,
            String timeframeText,
            String lead,
            String coordinating,
            String supporting,
            LocalDate doneOn) {}

    public record TargetData(Long id, String indicator, BigDecimal value, String unit, Integer year) {}

    public record TargetsNow(String username, Instant at, long version, List<TargetRow> targets) {}
}

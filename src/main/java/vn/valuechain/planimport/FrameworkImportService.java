package vn.valuechain.planimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.ItemReader;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemCells;
import vn.valuechain.plan.PlanRows.SectionRow;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.plan.Timeframe;
import vn.valuechain.planimport.FrameworkTableParser.ParsedItem;
import vn.valuechain.planimport.FrameworkTableParser.ParsedSection;
import vn.valuechain.planimport.FrameworkTableParser.Problem;
import vn.valuechain.shared.cluster.ClusterLocks;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.table.TableFile;

/**
 * Enters a plan's framework from the government table: first a dry run saying which sections and items are new,
 * changed or unchanged against the plan (an item is matched by its section's number and its own), how each timeframe
 * and agency cell reads, and what stops the import; then, only when nothing does, all of it in one transaction.
 * Items of the plan the table does not have are left as they are.
 */
@Service
@Transactional(readOnly = true)
public class FrameworkImportService {

    private static final int MAX_PHRASE = 500;

    private final PlanService planService;
    private final ActionItemService itemService;
    private final ClusterLocks locks;

    FrameworkImportService(PlanService planService, ActionItemService itemService, ClusterLocks locks) {
        this.planService = planService;
        this.itemService = itemService;
        this.locks = locks;
    }

    public enum Change {
        NEW,
        CHANGED,
        UNCHANGED
    }

    /** An item of the table, how its cells read, and what importing it would change (the fields' message keys). */
    public record ItemPreview(
            ParsedItem parsed,
            Change change,
            List<String> changedFields,
            Timeframe timeframe,
            Map<AgencyRole, List<ResolvedAgency>> agencies,
            ItemCells existing) {

        public List<ResolvedAgency> agencies(AgencyRole role) {
            return agencies.getOrDefault(role, List.of());
        }
    }

    /** A section of the table: the plan's own when it has one with the number, else new (linked to its chain). */
    public record SectionPreview(
            ParsedSection parsed,
            Long existingId,
            String existingTitle,
            Long chainId,
            String chainName,
            List<ItemPreview> items) {

        public boolean isNew() {
            return existingId == null;
        }
    }

    public record Preview(List<SectionPreview> sections, List<Problem> problems, int itemsNotInTable) {

        public boolean canApply() {
            return problems.isEmpty() && (newSections() + count(Change.NEW) + count(Change.CHANGED)) > 0;
        }

        public long newSections() {
            return sections.stream().filter(SectionPreview::isNew).count();
        }

        public int count(Change change) {
            return (int) sections.stream()
                    .flatMap(s -> s.items().stream())
                    .filter(i -> i.change() == change)
                    .count();
        }
    }

    public Preview preview(long planId, TableFile file) {
        planService.view(planId);
        FrameworkTableParser.Result parsed = FrameworkTableParser.parse(file);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Map<String, SectionRow> sectionsByCode = planService.sections(planId).stream()
                .collect(Collectors.toMap(s -> s.code().toLowerCase(), s -> s, (a, b) -> a));
        List<ItemCells> existing = itemService.cells(planId);
        Map<Long, List<AgencyRow>> agencyRows = existing.isEmpty()
                ? Map.of()
                : itemService.agencyRows(existing.stream().map(ItemCells::id).toList()).stream()
                        .collect(Collectors.groupingBy(AgencyRow::itemId));
        Map<String, ItemCells> existingByKey = new HashMap<>();
        existing.forEach(e -> existingByKey.put(key(e.sectionCode(), e.ordinal()), e));
        ChainMatcher chains = new ChainMatcher(planService.chainKeys(), planId);
        ItemReader reader = itemService.reader(planId);
        List<SectionPreview> sections = new ArrayList<>();
        int matched = 0;
        for (ParsedSection s : parsed.sections()) {
            SectionRow own = sectionsByCode.get(s.code().toLowerCase());
            List<ItemPreview> previews = new ArrayList<>();
            for (ParsedItem i : s.items()) {
                ItemCells before = existingByKey.get(key(s.code(), i.ordinal()));
                matched += before == null ? 0 : 1;
                ItemPreview preview = item(i, before, reader, agencyRows);
                previews.add(preview);
                preview.agencies().values().stream()
                        .flatMap(List::stream)
                        .filter(a -> a.writtenAs().length() > MAX_PHRASE)
                        .findFirst()
                        .ifPresent(a -> problems.add(new Problem(i.where(), "plan.import.phraseTooLong", MAX_PHRASE)));
            }
            Long chainId = own != null ? own.chainId() : chains.match(s.title());
            sections.add(new SectionPreview(
                    s,
                    own == null ? null : own.id(),
                    own == null ? null : own.title(),
                    chainId,
                    chainId == null ? null : chains.name(chainId),
                    previews));
        }
        return new Preview(sections, List.copyOf(problems), existing.size() - matched);
    }

    private static ItemPreview item(
            ParsedItem i, ItemCells before, ItemReader reader, Map<Long, List<AgencyRow>> agencyRows) {
        Timeframe timeframe = reader.timeframe(i.timeframe());
        Map<AgencyRole, List<ResolvedAgency>> agencies = new EnumMap<>(AgencyRole.class);
        agencies.put(AgencyRole.LEAD, reader.agencies(i.lead(), timeframe));
        agencies.put(AgencyRole.COORDINATING, reader.agencies(i.coordinating(), timeframe));
        agencies.put(AgencyRole.SUPPORTING, reader.agencies(i.supporting(), timeframe));
        if (before == null) {
            return new ItemPreview(i, Change.NEW, List.of(), timeframe, agencies, null);
        }
        List<String> changed = new ArrayList<>();
        compare(changed, "framework.content", i.content(), before.content());
        compare(changed, "framework.inputActivities", i.inputActivities(), before.inputActivities());
        compare(changed, "framework.expectedOutputs", i.expectedOutputs(), before.expectedOutputs());
        compare(changed, "framework.timeframe", i.timeframe(), before.timeframeText());
        Map<AgencyRole, List<String>> written = new EnumMap<>(AgencyRole.class);
        for (AgencyRow a : agencyRows.getOrDefault(before.id(), List.of())) {
            List<String> phrases = written.computeIfAbsent(a.role(), k -> new ArrayList<>());
            if (!phrases.contains(a.writtenAs())) {
                phrases.add(a.writtenAs());
            }
        }
        for (AgencyRole role : AgencyRole.values()) {
            List<String> now = agencies.get(role).stream()
                    .map(ResolvedAgency::writtenAs)
                    .distinct()
                    .toList();
            if (!now.equals(written.getOrDefault(role, List.of()))) {
                changed.add("framework." + role.name().toLowerCase());
            }
        }
        return new ItemPreview(
                i, changed.isEmpty() ? Change.UNCHANGED : Change.CHANGED, changed, timeframe, agencies, before);
    }

    private static void compare(List<String> changed, String field, String imported, String saved) {
        if (!Objects.equals(blankToNull(imported), blankToNull(saved))) {
            changed.add(field);
        }
    }

    /**
     * Adds the new sections and saves the new and changed items, all or nothing; with any problem, nothing at all.
     * The table is read again here rather than trusted from the preview, which the plan may have outgrown since.
     */
    @Transactional
    public Preview apply(long planId, TableFile file) {
        // Two applies of one plan's table (two tabs, two servers): the second reads the plan after the first wrote.
        locks.lockForTransaction("plan-framework:" + planId);
        Preview preview = preview(planId, file);
        if (!preview.problems().isEmpty()) {
            return preview;
        }
        ItemReader reader = itemService.reader(planId);
        for (SectionPreview s : preview.sections()) {
            Long sectionId = s.isNew()
                    ? planService
                            .addSection(
                                    planId,
                                    new SectionData(
                                            s.parsed().code(), s.parsed().title(), s.chainId()))
                            .getId()
                    : s.existingId();
            for (ItemPreview i : s.items()) {
                if (i.change() == Change.UNCHANGED) {
                    continue;
                }
                ParsedItem p = i.parsed();
                ItemCells before = i.existing();
                itemService.save(
                        new ItemData(
                                before == null ? null : before.id(),
                                before == null ? 0 : before.version(),
                                planId,
                                sectionId,
                                p.ordinal(),
                                p.content(),
                                p.inputActivities(),
                                p.expectedOutputs(),
                                p.timeframe(),
                                p.lead(),
                                p.coordinating(),
                                p.supporting(),
                                before != null && before.done()),
                        reader);
            }
        }
        return preview;
    }

    private static String key(String sectionCode, String ordinal) {
        return sectionCode.strip().toLowerCase() + "\t" + ordinal.strip().toLowerCase();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Which chain a section heading names ("Chuỗi Dừa", "Chuỗi con Heo"): the one chain whose name or product says
     * the same once "chuỗi (giá trị)" and "con" are set aside, preferring the chains of the plan. Several: none.
     */
    static final class ChainMatcher {

        private final Map<Long, String> names = new LinkedHashMap<>();
        private final Map<Long, List<String>> keys = new LinkedHashMap<>();
        private final Map<Long, Long> planOf = new HashMap<>();
        private final long planId;

        ChainMatcher(List<Object[]> chains, long planId) {
            this.planId = planId;
            for (Object[] c : chains) {
                long id = ((Number) c[0]).longValue();
                names.put(id, (String) c[1]);
                keys.put(id, List.of(key((String) c[1]), key((String) c[2])));
                planOf.put(id, c[3] == null ? null : ((Number) c[3]).longValue());
            }
        }

        Long match(String title) {
            String wanted = key(title);
            if (wanted.isEmpty()) {
                return null;
            }
            List<Long> found = keys.entrySet().stream()
                    .filter(e -> e.getValue().contains(wanted))
                    .map(Map.Entry::getKey)
                    .toList();
            List<Long> ofPlan = found.stream()
                    .filter(id -> Objects.equals(planOf.get(id), planId))
                    .toList();
            List<Long> candidates = ofPlan.isEmpty() ? found : ofPlan;
            return candidates.size() == 1 ? candidates.get(0) : null;
        }

        String name(Long id) {
            return names.get(id);
        }

        static String key(String name) {
            return Folding.fold(name == null ? "" : name)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ")
                    .replaceAll("^\\s*chuoi( gia tri)?( san pham)?\\s+", "")
                    .replaceAll("^con\\s+", "")
                    .strip();
        }
    }
}

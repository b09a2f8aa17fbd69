package vn.valuechain.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.PlanCooperative;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.ItemReader;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemCells;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanRows.SectionRow;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.plan.Timeframe;
import vn.valuechain.planimport.CooperativeTableParser.ParsedCooperative;
import vn.valuechain.planimport.CooperativeTableParser.ParsedGroup;
import vn.valuechain.planimport.FrameworkTableParser.ParsedItem;
import vn.valuechain.planimport.FrameworkTableParser.ParsedSection;
import vn.valuechain.planimport.NameMatcher.Candidate;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.cluster.ClusterLocks;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.table.TableFile;

/**
 * Enters a plan's tables: the framework (sections and items) and the cooperatives to found or consolidate. First a dry
 * run saying which sections, items and cooperatives are new, changed or unchanged against the plan (an item is matched
 * by its section's number and its own, a cooperative by its name among the plan's), how each timeframe and agency cell
 * reads, which chain each section links to and which product each group of cooperatives is, where each cooperative is,
 * and what stops the import. What the reading is unsure of (a header's mapping, a section with several chains that
 * could be its own) is a question the user answers on the page, the answers coming back as {@link Choices}. Then, when
 * nothing stops it and nothing is unanswered, all of it in one transaction. Items and cooperatives of the plan the
 * tables do not have are left as they are.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FrameworkImportService {

    private static final int MAX_PHRASE = 500;
    /** A choice that drops a link: no chain, no product. */
    public static final String NONE = "none";

    private final PlanService planService;
    private final ActionItemService itemService;
    private final CooperativeService cooperativeService;
    private final ProductService products;
    private final Places places;
    private final ClusterLocks locks;

    public enum Change {
        NEW,
        CHANGED,
        UNCHANGED
    }

    /**
     * What the user answered in the dry run: a header's columns (header key → column index → column name, blank to
     * leave it out), a section's chain (section code → chain id or {@link #NONE}), a product (its key → product id or
     * {@link #NONE}). What is not answered is read as the file says.
     */
    public record Choices(
            Map<String, Map<Integer, String>> columns, Map<String, String> chains, Map<String, String> products) {

        public static final Choices NONE = new Choices(Map.of(), Map.of(), Map.of());
    }

    /** A record the user may link to: a chain or a product. */
    public record Option(long id, String label) {}

    /**
     * Which record a heading links to, and why: the user chose it, the section had it, one was found (how close), or
     * several were found and the user must choose (a question). The options are what the page offers.
     */
    public record Link(Long id, String label, Reason reason, NameMatcher.Closeness closeness, List<Option> options) {

        public boolean isQuestion() {
            return reason == Reason.QUESTION;
        }
    }

    public enum Reason {
        CHOSEN,
        KEPT,
        FOUND,
        QUESTION,
        NOT_FOUND
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

    /** A section of the table: the plan's own when it has one with the number, else new; and its chain. */
    public record SectionPreview(
            ParsedSection parsed,
            Long existingId,
            String existingTitle,
            Long existingChainId,
            Link chain,
            List<ItemPreview> items) {

        public boolean isNew() {
            return existingId == null;
        }

        public Long chainId() {
            return chain.id();
        }

        /** Whether applying changes the chain the plan's own section links to. */
        public boolean relinks() {
            return !isNew() && !Objects.equals(existingChainId, chain.id());
        }
    }

    /** A cooperative of the table: where it is, its product, and what importing it would change. */
    public record CooperativePreview(
            ParsedCooperative parsed,
            Places.Place place,
            Long productId,
            String productName,
            Change change,
            List<String> changedFields,
            PlanCooperative existing) {}

    /** The cooperatives under one heading, and the product the heading is (keyed for the user's choice). */
    public record GroupPreview(ParsedGroup parsed, String key, Link product, List<CooperativePreview> cooperatives) {}

    public record Preview(
            List<Header<?>> headers,
            List<SectionPreview> sections,
            List<GroupPreview> groups,
            List<Problem> problems,
            int itemsNotInTable) {

        /** Nothing stops it, nothing is unanswered, and something would be written. */
        public boolean canApply() {
            return problems.isEmpty() && questions() == 0 && hasChanges();
        }

        public boolean hasChanges() {
            return newSections() + count(Change.NEW) + count(Change.CHANGED) > 0
                    || sections.stream().anyMatch(SectionPreview::relinks)
                    || cooperatives(Change.NEW) + cooperatives(Change.CHANGED) > 0;
        }

        /** What the user must answer first: unsure headers, sections and products with several candidates. */
        public int questions() {
            return (int) (headers.stream().filter(h -> !h.certain()).count()
                    + sections.stream().filter(s -> s.chain().isQuestion()).count()
                    + groups.stream().filter(g -> g.product().isQuestion()).count());
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

        public int cooperatives(Change change) {
            return (int) groups.stream()
                    .flatMap(g -> g.cooperatives().stream())
                    .filter(c -> c.change() == change)
                    .count();
        }

        public int itemCount() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }

        public int cooperativeCount() {
            return groups.stream().mapToInt(g -> g.cooperatives().size()).sum();
        }
    }

    public Preview preview(long planId, TableFile file, Choices choices) {
        PlanView plan = planService.view(planId);
        PlanTables.Result read = PlanTables.read(file, choices.columns());
        List<Problem> problems = new ArrayList<>(read.problems());
        Map<String, SectionRow> sectionsByCode = planService.sections(planId).stream()
                .collect(Collectors.toMap(s -> s.code().toLowerCase(), s -> s, (a, b) -> a));
        List<ItemCells> existing = itemService.cells(planId);
        Map<Long, List<AgencyRow>> agencyRows = existing.isEmpty()
                ? Map.of()
                : itemService.agencyRows(existing.stream().map(ItemCells::id).toList()).stream()
                        .collect(Collectors.groupingBy(AgencyRow::itemId));
        Map<String, ItemCells> existingByKey = new HashMap<>();
        existing.forEach(e -> existingByKey.put(key(e.sectionCode(), e.ordinal()), e));
        NameMatcher chains = chains(planId);
        ItemReader reader = itemService.reader(planId);
        List<SectionPreview> sections = new ArrayList<>();
        int matched = 0;
        for (ParsedSection s : read.framework().sections()) {
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
            Link chain = link(
                    s.title(), chains, choices.chains().get(s.code()), own == null ? null : own.chainId(), own != null);
            sections.add(new SectionPreview(
                    s,
                    own == null ? null : own.id(),
                    own == null ? null : own.title(),
                    own == null ? null : own.chainId(),
                    chain,
                    previews));
        }
        List<GroupPreview> groups = groups(plan, read.cooperatives(), choices);
        return new Preview(read.headers(), sections, groups, List.copyOf(problems), existing.size() - matched);
    }

    private NameMatcher chains(long planId) {
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] c : planService.chainKeys()) {
            long id = ((Number) c[0]).longValue();
            boolean ofPlan = c[3] != null && ((Number) c[3]).longValue() == planId;
            candidates.add(new Candidate(id, (String) c[1], List.of((String) c[1], (String) c[2]), ofPlan));
        }
        return new NameMatcher(candidates);
    }

    /**
     * The record a heading links to: the user's choice, else the section's own link, else the one found by name; with
     * the options to offer (the near ones, then the preferred ones).
     */
    private static Link link(String heading, NameMatcher matcher, String choice, Long kept, boolean hasOwn) {
        List<Option> options = new ArrayList<>();
        for (Candidate c : matcher.near(heading)) {
            options.add(new Option(c.id(), c.label()));
        }
        for (Candidate c : matcher.preferred()) {
            if (options.stream().noneMatch(o -> o.id() == c.id())) {
                options.add(new Option(c.id(), c.label()));
            }
        }
        if (choice != null && !choice.isBlank()) {
            Candidate chosen = choice.equals(NONE) ? null : matcher.get(parseId(choice));
            if (chosen != null && options.stream().noneMatch(o -> o.id() == chosen.id())) {
                options.add(new Option(chosen.id(), chosen.label()));
            }
            return new Link(
                    chosen == null ? null : chosen.id(),
                    chosen == null ? null : chosen.label(),
                    Reason.CHOSEN,
                    null,
                    options);
        }
        if (hasOwn) {
            Candidate own = matcher.get(kept);
            if (own != null && options.stream().noneMatch(o -> o.id() == own.id())) {
                options.add(new Option(own.id(), own.label()));
            }
            return new Link(kept, own == null ? null : own.label(), Reason.KEPT, null, options);
        }
        NameMatcher.Match match = matcher.match(heading);
        if (match.isQuestion()) {
            return new Link(null, null, Reason.QUESTION, match.closeness(), options);
        }
        Candidate only = match.only();
        return only == null
                ? new Link(null, null, Reason.NOT_FOUND, null, options)
                : new Link(only.id(), only.label(), Reason.FOUND, match.closeness(), options);
    }

    private static Long parseId(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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

    private static void compare(List<String> changed, String field, Object imported, Object saved) {
        Object a = imported instanceof String s ? blankToNull(s) : imported;
        Object b = saved instanceof String s ? blankToNull(s) : saved;
        boolean same =
                a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
        if (!same) {
            changed.add(field);
        }
    }

    /** The groups of cooperatives: each heading's product, each cooperative's place, and what is new or changed. */
    private List<GroupPreview> groups(PlanView plan, CooperativeTableParser.Result parsed, Choices choices) {
        if (parsed.groups().isEmpty()) {
            return List.of();
        }
        NameMatcher productMatcher = new NameMatcher(products.options().stream()
                .map(p -> new Candidate(p.id(), p.name(), List.of(p.name()), false))
                .toList());
        Map<String, PlanCooperative> existing = new HashMap<>();
        cooperativeService.ofPlan(plan.id()).forEach(c -> existing.putIfAbsent(nameKey(c.name()), c));
        Places.Reader where = places.reader(plan.provinceId(), plan.issuedOn());
        Map<String, Link> productLinks = new LinkedHashMap<>();
        List<GroupPreview> groups = new ArrayList<>();
        for (ParsedGroup g : parsed.groups()) {
            String groupKey = productKey(g.title());
            Link product = productLinks.computeIfAbsent(
                    groupKey,
                    k -> g.title() == null
                            ? new Link(null, null, Reason.NOT_FOUND, null, List.of())
                            : link(g.title(), productMatcher, choices.products().get(k), null, false));
            List<CooperativePreview> previews = new ArrayList<>();
            for (ParsedCooperative c : g.cooperatives()) {
                Link own = c.product() == null || Objects.equals(c.product(), g.title())
                        ? product
                        : productLinks.computeIfAbsent(
                                productKey(c.product()),
                                k -> link(
                                        c.product(),
                                        productMatcher,
                                        choices.products().get(k),
                                        null,
                                        false));
                previews.add(
                        cooperative(c, where.find(c.commune(), c.district()), own, existing.get(nameKey(c.name()))));
            }
            groups.add(new GroupPreview(g, groupKey, product, previews));
        }
        return groups;
    }

    private static CooperativePreview cooperative(
            ParsedCooperative c, Places.Place place, Link product, PlanCooperative before) {
        if (before == null) {
            return new CooperativePreview(c, place, product.id(), product.label(), Change.NEW, List.of(), null);
        }
        List<String> changed = new ArrayList<>();
        compare(changed, "cooperative.type", c.type(), before.type());
        compare(changed, "cooperative.status", c.status(), before.status());
        compare(changed, "cooperative.administrativeUnit", place.unitId(), before.unitId());
        compare(changed, "cooperative.product", product.id(), before.productId());
        compare(changed, "cooperative.targetPeriod", c.period(), before.targetPeriod());
        compare(changed, "cooperative.targetYearFrom", c.yearFrom(), before.targetYearFrom());
        compare(changed, "cooperative.targetYearTo", c.yearTo(), before.targetYearTo());
        compare(changed, "cooperative.minScaleValue", c.scale(), before.minScaleValue());
        compare(changed, "cooperative.minScaleUnit", c.scale() == null ? null : c.scaleUnit(), before.minScaleUnit());
        compare(changed, "cooperative.note", c.note(), before.note());
        List<String> fields = changed.stream().distinct().toList();
        return new CooperativePreview(
                c,
                place,
                product.id(),
                product.label(),
                fields.isEmpty() ? Change.UNCHANGED : Change.CHANGED,
                fields,
                before);
    }

    /** A product heading's key for the user's choice: the same words give the same key. */
    static String productKey(String heading) {
        return heading == null
                ? "-"
                : Integer.toHexString(NameMatcher.key(heading).hashCode());
    }

    private static String nameKey(String name) {
        return Folding.fold(name).replaceAll("\\s+", " ").strip();
    }

    /**
     * Adds the new sections, relinks sections to the chains chosen, saves the new and changed items and cooperatives,
     * all or nothing; with any problem or unanswered question, nothing at all. The tables are read again here rather
     * than trusted from the dry run, which the plan may have outgrown since.
     */
    @Transactional
    public Preview apply(long planId, TableFile file, Choices choices) {
        // Two applies of one plan's tables (two tabs, two servers): the second reads the plan after the first wrote.
        locks.lockForTransaction("plan-framework:" + planId);
        Preview preview = preview(planId, file, choices);
        if (!preview.problems().isEmpty() || preview.questions() > 0) {
            return preview;
        }
        ItemReader reader = itemService.reader(planId);
        for (SectionPreview s : preview.sections()) {
            Long sectionId;
            if (s.isNew()) {
                sectionId = planService
                        .addSection(
                                planId,
                                new SectionData(s.parsed().code(), s.parsed().title(), s.chainId()))
                        .getId();
            } else {
                sectionId = s.existingId();
                if (s.relinks()) {
                    planService.linkSection(planId, sectionId, s.chainId());
                }
            }
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
                                before == null ? null : before.doneOn()),
                        reader);
            }
        }
        for (GroupPreview g : preview.groups()) {
            for (CooperativePreview c : g.cooperatives()) {
                if (c.change() == Change.UNCHANGED) {
                    continue;
                }
                ParsedCooperative p = c.parsed();
                cooperativeService.savePlanCooperative(
                        planId,
                        new PlanCooperative(
                                c.existing() == null ? null : c.existing().id(),
                                p.name(),
                                p.type(),
                                p.status(),
                                c.place().unitId(),
                                c.productId(),
                                p.period(),
                                p.yearFrom(),
                                p.yearTo(),
                                p.scale(),
                                p.scaleUnit(),
                                p.note()));
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
}

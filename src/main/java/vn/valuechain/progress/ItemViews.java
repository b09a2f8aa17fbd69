package vn.valuechain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.ItemScope;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemSummaries;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.plan.PlanService;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The follow-up views across plans: items filtered by status, agency or chain; summaries per agency and per chain; a
 * timeline by year; and "Việc của tôi" for a district official. Status depends on the reference date, so items are
 * filtered and paged after their summaries are read (a fixed number of queries whatever the number of items).
 */
@Service
@Transactional(readOnly = true)
public class ItemViews {

    private static final Set<ReportStatus> SENT = Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private final ActionItemService items;
    private final ProgressReportRepository reports;
    private final ItemSummaries summaries;
    private final ItemScope scope;
    private final PlanService plans;

    ItemViews(
            ActionItemService items,
            ProgressReportRepository reports,
            ItemSummaries summaries,
            ItemScope scope,
            PlanService plans) {
        this.items = items;
        this.reports = reports;
        this.summaries = summaries;
        this.scope = scope;
        this.plans = plans;
    }

    public Page<ItemSummary> list(ItemFilter filter, UnitScopedUser user, LocalDate on, Pageable pageable) {
        List<ItemSummary> matching = summaries.load(ids(filter, user), on).stream()
                .filter(i -> filter.status() == null || i.status().status() == filter.status())
                .filter(i -> !filter.needsReview() || i.needsReview())
                .toList();
        return page(matching, pageable);
    }

    /** Per agency in a role (LEAD: "what does Sở Công Thương lead, and how is it going?"), most items first. */
    public List<GroupSummary> byAgency(AgencyRole role, UnitScopedUser user, LocalDate on) {
        return byAgency(role, scope.of(user), on);
    }

    /** As {@link #byAgency(AgencyRole, UnitScopedUser, LocalDate)}, for the items naming one of the units given. */
    public List<GroupSummary> byAgency(AgencyRole role, UnitScope units, LocalDate on) {
        return byAgency(role, ItemScope.of(units), on);
    }

    /**
     * Per district named by the items (as an agency or a place of work; a commune counts in its district), among
     * the units given, by name. An item naming two districts counts in both; one naming none in neither.
     */
    public List<GroupSummary> byUnit(UnitScope units, LocalDate on) {
        Scope s = ItemScope.of(units);
        List<Long> ids = ids(ItemFilter.NONE, s);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemSummary> byItem = summaries.load(ids, on).stream()
                .collect(Collectors.toMap(i -> i.item().id(), i -> i));
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<ItemSummary>> itemsOfUnit = new HashMap<>();
        for (Object[] row : items.districts(ids, s)) {
            Long unitId = ((Number) row[1]).longValue();
            names.put(unitId, (String) row[2]);
            itemsOfUnit.computeIfAbsent(unitId, k -> new ArrayList<>()).add(byItem.get(((Number) row[0]).longValue()));
        }
        return itemsOfUnit.entrySet().stream()
                .map(e -> GroupSummary.of(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(GroupSummary::label).thenComparing(GroupSummary::id))
                .toList();
    }

    private List<GroupSummary> byAgency(AgencyRole role, Scope s, LocalDate on) {
        List<Long> ids = ids(ItemFilter.NONE, s);
        Map<Long, ItemSummary> byItem = summaries.load(ids, on).stream()
                .collect(Collectors.toMap(i -> i.item().id(), i -> i));
        Map<Long, String> labels = new HashMap<>();
        Map<Long, Set<Long>> itemsOfAgency = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (AgencyRow row : items.agencyRows(ids)) {
                if (row.role() == role && row.agencyId() != null) {
                    labels.put(row.agencyId(), row.agencyLabel());
                    itemsOfAgency
                            .computeIfAbsent(row.agencyId(), k -> new LinkedHashSet<>())
                            .add(row.itemId());
                }
            }
        }
        return itemsOfAgency.entrySet().stream()
                .map(e -> GroupSummary.of(
                        e.getKey(),
                        labels.get(e.getKey()),
                        e.getValue().stream().map(byItem::get).toList()))
                .sorted(Comparator.comparingInt(GroupSummary::total).reversed().thenComparing(GroupSummary::label))
                .toList();
    }

    /** Per chain the plans' sections are about; the common activities (no chain) come first. */
    public List<GroupSummary> byChain(UnitScopedUser user, LocalDate on) {
        Map<Long, List<ItemSummary>> byChain = summaries.load(ids(ItemFilter.NONE, user), on).stream()
                .collect(Collectors.groupingBy(
                        i -> i.item().chainId() == null ? 0L : i.item().chainId(), TreeMap::new, Collectors.toList()));
        Map<Long, String> names = plans.chainNames(
                byChain.keySet().stream().filter(id -> id != 0L).toList());
        return byChain.entrySet().stream()
                .map(e -> GroupSummary.of(
                        e.getKey() == 0L ? null : e.getKey(),
                        e.getKey() == 0L
                                ? null
                                : Objects.requireNonNullElse(
                                        names.get(e.getKey()),
                                        e.getValue().get(0).item().sectionTitle()),
                        e.getValue()))
                .toList();
    }

    /** Each item's working years against the years the items span, for a plan or all plans. */
    public Timeline timeline(Long planId, UnitScopedUser user, LocalDate on, Pageable pageable) {
        List<ItemSummary> all = summaries.load(ids(new ItemFilter(null, null, null, null, planId, false), user), on);
        int first = all.stream()
                .filter(i -> i.status().start() != null)
                .mapToInt(i -> i.status().start().getYear())
                .min()
                .orElse(on.getYear());
        int last = all.stream()
                .filter(i -> i.status().end() != null)
                .mapToInt(i -> i.status().end().getYear())
                .max()
                .orElse(on.getYear());
        return new Timeline(IntStream.rangeClosed(first, last).boxed().toList(), page(all, pageable));
    }

    /**
     * "Việc của tôi": the items naming the official's unit, those with work in the current quarter that the unit has
     * not yet reported on for it, and the unit's reports returned for changes.
     */
    public MyItems myItems(UnitScopedUser user, LocalDate on, Pageable pageable) {
        List<ItemSummary> mine = summaries.load(ids(ItemFilter.NONE, user), on);
        ReportPeriod quarter = ReportPeriod.quarterOf(on);
        List<ReportRow> ownReports = mine.isEmpty()
                ? List.of()
                : reports.findRowsOfUnits(mine.stream().map(i -> i.item().id()).toList(), List.of(user.getUnitId()));
        Map<Long, ReportRow> thisQuarter = ownReports.stream()
                .filter(r -> r.period().equals(quarter))
                .collect(Collectors.toMap(ReportRow::itemId, r -> r));
        List<DueItem> due = mine.stream()
                .filter(i -> i.status().status() != ItemStatus.DONE)
                .filter(i -> i.phases().stream().anyMatch(p -> p.overlaps(quarter.start(), quarter.end())))
                .filter(i -> !(thisQuarter.containsKey(i.item().id())
                        && SENT.contains(thisQuarter.get(i.item().id()).status())))
                .map(i -> new DueItem(i, thisQuarter.get(i.item().id())))
                .toList();
        List<ReportRow> returned = ownReports.stream()
                .filter(r -> r.status() == ReportStatus.RETURNED)
                .toList();
        return new MyItems(quarter, due, returned, page(mine, pageable));
    }

    private List<Long> ids(ItemFilter filter, UnitScopedUser user) {
        return ids(filter, scope.of(user));
    }

    private List<Long> ids(ItemFilter filter, Scope s) {
        return items.ids(
                filter.planId(),
                filter.chainId(),
                filter.agencyId(),
                filter.agencyId() == null ? null : filter.role(),
                s);
    }

    private static <T> Page<T> page(List<T> all, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** Filters of the item list; null means any. */
    public record ItemFilter(
            ItemStatus status, Long agencyId, AgencyRole role, Long chainId, Long planId, boolean needsReview) {

        static final ItemFilter NONE = new ItemFilter(null, null, null, null, null, false);
    }

    /** Items of an agency or a chain, counted by status. */
    public record GroupSummary(Long id, String label, Map<ItemStatus, Long> counts, int total) {

        static GroupSummary of(Long id, String label, List<ItemSummary> items) {
            Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
            items.forEach(i -> counts.merge(i.status().status(), 1L, Long::sum));
            return new GroupSummary(id, label, counts, items.size());
        }

        public long count(ItemStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    public record Timeline(List<Integer> years, Page<ItemSummary> items) {

        public boolean active(ItemSummary item, int year) {
            return item.phases().stream()
                    .anyMatch(p -> p.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
    }

    /** An item with work this quarter, and the unit's report for the quarter if one is being written. */
    public record DueItem(ItemSummary item, ReportRow draft) {}

    public record MyItems(ReportPeriod quarter, List<DueItem> due, List<ReportRow> returned, Page<ItemSummary> items) {}
}

package vn.valuechain.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.GroupSummary;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.ItemScope;
import vn.valuechain.plan.ItemScope.Scope;
import vn.valuechain.plan.ItemStatuses;
import vn.valuechain.plan.ItemSummaries;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The follow-up views across plans: items filtered by status, agency or chain; counts per agency, per chain and per
 * district; a timeline by year; and "Việc của tôi" for a district official. Statuses are worked out in the database
 * ({@link ItemStatuses}): a list filters and pages there and reads only the page's items, a count groups there.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemViews {

    private static final Set<ReportStatus> SENT = Set.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);

    private final ItemStatuses statuses;
    private final ItemSummaries summaries;
    private final ProgressReportRepository reports;
    private final ItemScope scope;

    public Page<ItemSummary> list(ItemFilter filter, UnitScopedUser user, LocalDate on, Pageable pageable) {
        return list(filter, scope.of(user), on, pageable);
    }

    private Page<ItemSummary> list(ItemFilter filter, Scope s, LocalDate on, Pageable pageable) {
        Page<Long> ids = statuses.ids(filter, s, on, pageable);
        return new PageImpl<>(summaries.load(ids.getContent(), on), pageable, ids.getTotalElements());
    }

    /** Per agency in a role (LEAD: "what does Sở Công Thương lead, and how is it going?"), most items first. */
    public List<GroupSummary> byAgency(AgencyRole role, UnitScopedUser user, LocalDate on) {
        return statuses.byAgency(role, ItemFilter.NONE, scope.of(user), on, false);
    }

    /**
     * As {@link #byAgency(AgencyRole, UnitScopedUser, LocalDate)}, each agency counted as the body it is today
     * (a 2018 plan's Sở NN&PTNT under today's Sở Nông nghiệp và Môi trường); the plans keep the names they were
     * written with.
     */
    public List<GroupSummary> byTodaysAgency(AgencyRole role, UnitScopedUser user, LocalDate on) {
        return statuses.byAgency(role, ItemFilter.NONE, scope.of(user), on, true);
    }

    /** As {@link #byAgency(AgencyRole, UnitScopedUser, LocalDate)}, for the items naming one of the units given. */
    public List<GroupSummary> byAgency(AgencyRole role, UnitScope units, LocalDate on) {
        return statuses.byAgency(role, ItemFilter.NONE, ItemScope.of(units), on, false);
    }

    /** As {@link #byAgency(AgencyRole, UnitScope, LocalDate)}, for the items of one plan. */
    public List<GroupSummary> byAgency(AgencyRole role, UnitScope units, long planId, LocalDate on) {
        return statuses.byAgency(role, ItemFilter.ofPlan(planId), ItemScope.of(units), on, false);
    }

    /**
     * Per unit named by the items (as an agency or a place of work), grouped as the tables group on the date: by
     * today's communes (an old commune's item under the commune it went into, in a row of its own when only in part),
     * by the districts of the time for an earlier date. An item naming two units counts in both; one naming none in
     * neither. By name.
     */
    public List<GroupSummary> byUnit(UnitScope units, LocalDate on) {
        return statuses.byUnit(ItemFilter.NONE, ItemScope.of(units), on);
    }

    /** As {@link #byUnit(UnitScope, LocalDate)}, for the items of one plan. */
    public List<GroupSummary> byUnit(UnitScope units, long planId, LocalDate on) {
        return statuses.byUnit(ItemFilter.ofPlan(planId), ItemScope.of(units), on);
    }

    /** Per chain the plans' sections are about; the common activities (no chain) come first. */
    public List<GroupSummary> byChain(UnitScopedUser user, LocalDate on) {
        return statuses.byChain(scope.of(user), on);
    }

    /** Each item's working years against the years the items span, for a plan or all plans. */
    public Timeline timeline(Long planId, UnitScopedUser user, LocalDate on, Pageable pageable) {
        Scope s = scope.of(user);
        ItemFilter filter = ItemFilter.ofPlan(planId);
        int[] years = statuses.years(filter, s, on);
        int first = years == null ? on.getYear() : years[0];
        int last = years == null ? on.getYear() : years[1];
        return new Timeline(IntStream.rangeClosed(first, last).boxed().toList(), list(filter, s, on, pageable));
    }

    /**
     * "Việc của tôi": the items naming the official's unit, those with work in the current quarter that the unit has
     * not yet reported on for it, and the unit's reports returned for changes.
     */
    public MyItems myItems(UnitScopedUser user, LocalDate on, Pageable pageable) {
        Scope s = scope.of(user);
        ReportPeriod quarter = ReportPeriod.quarterOf(on);
        List<Long> active = statuses.withWorkBetween(s, quarter.start(), quarter.end(), on);
        Map<Long, ReportRow> thisQuarter = active.isEmpty()
                ? Map.of()
                : reports
                        .findRowsOfUnitFor(active, user.getUnitId(), quarter.type(), quarter.year(), quarter.number())
                        .stream()
                        .collect(Collectors.toMap(ReportRow::itemId, r -> r));
        List<Long> dueIds = active.stream()
                .filter(id -> !(thisQuarter.containsKey(id)
                        && SENT.contains(thisQuarter.get(id).status())))
                .toList();
        List<DueItem> due = summaries.load(dueIds, on).stream()
                .map(i -> new DueItem(i, thisQuarter.get(i.item().id())))
                .toList();
        List<ReportRow> returned = reports.findRowsOfUnitIn(user.getUnitId(), ReportStatus.RETURNED);
        return new MyItems(quarter, due, returned, list(ItemFilter.NONE, s, on, pageable));
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

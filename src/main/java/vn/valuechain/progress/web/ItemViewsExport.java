package vn.valuechain.progress.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.geo.GeoService;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.FrameworkRows;
import vn.valuechain.plan.GroupSummary;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/**
 * The follow-up views that are tables, as on screen on their reference date, for XLSX or CSV: the item list (which
 * imports back as "Nhiệm vụ kế hoạch"), a district unit's items ("Việc của tôi") and the counts by status per agency
 * and per chain. The timeline is a chart, not exported.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemViewsExport {

    private final ItemViews views;
    private final PlanService plans;
    private final AgencyService agencies;
    private final GeoService geo;
    private final Exports exports;

    /**
     * "Nhiệm vụ kế hoạch" with its filters, every page: each item with what identifies it (plan, section, number) and
     * every field the item form enters, in full, so that the file imports back unchanged.
     */
    TableExport items(ItemFilter filter, UnitScopedUser user, LocalDate on) {
        return exports.table("nhiem-vu-ke-hoach", "items.title")
                .filter(
                        "items.plan",
                        filter.planId() == null
                                ? null
                                : plans.view(filter.planId()).documentNumber())
                .filter(
                        "items.agency",
                        filter.agencyId() == null
                                ? null
                                : agencies.get(filter.agencyId()).getName() + " ("
                                        + exports.label(
                                                "items.role." + filter.role().name()) + ")")
                .filter(
                        "items.chain",
                        filter.chainId() == null
                                ? null
                                : plans.chainNames(List.of(filter.chainId())).get(filter.chainId()))
                .filter(
                        "framework.status",
                        filter.status() == null
                                ? null
                                : exports.label("status." + filter.status().name()))
                .filter("items.filter.review", filter.needsReview() ? exports.yesNo(true) : null)
                .referenceDate(on)
                .text("items.plan", "items.section")
                .text(FrameworkRows.HEADINGS.toArray(String[]::new))
                .text("framework.status")
                .column("framework.progress", ColumnType.PERCENT)
                .rows(PagedRows.of(
                        pageable -> views.list(filter, user, on, pageable), Sort.unsorted(), this::fullItemCells));
    }

    /** "Tất cả nhiệm vụ của đơn vị": the items naming the official's unit, every page. */
    TableExport myItems(UnitScopedUser user, LocalDate on) {
        return exports.table("viec-cua-toi", "myItems.title")
                .unit(
                        user.getUnitId() == null
                                ? null
                                : geo.row(user.getUnitId()).name())
                .referenceDate(on)
                .text("items.plan", "items.item", "framework.timeframe", "framework.lead", "framework.status")
                .column("framework.progress", ColumnType.PERCENT)
                .rows(PagedRows.of(
                        pageable -> views.myItems(user, on, pageable).items(), Sort.unsorted(), this::itemCells));
    }

    TableExport byAgency(AgencyRole role, UnitScopedUser user, LocalDate on, boolean today) {
        List<GroupSummary> groups = today ? views.byTodaysAgency(role, user, on) : views.byAgency(role, user, on);
        return counts(exports.table("nhiem-vu-theo-co-quan", "items.byAgency.title")
                        .filter("export.items.role", exports.label("items.role." + role.name()))
                        .filter("items.byAgency.asToday", today ? exports.label("export.yes") : null)
                        .referenceDate(on)
                        .text("items.agency"))
                .rows(PagedRows.of(groups, g -> countCells(g.label(), g)));
    }

    TableExport byChain(UnitScopedUser user, LocalDate on) {
        List<GroupSummary> groups = views.byChain(user, on);
        return counts(exports.table("nhiem-vu-theo-chuoi", "items.byChain.title")
                        .referenceDate(on)
                        .text("items.chain"))
                .rows(PagedRows.of(
                        groups, g -> countCells(g.id() == null ? exports.label("items.chain.common") : g.label(), g)));
    }

    /** An item as "Việc của tôi" shows it: plan, code and content, timeframe, lead agencies, status, progress. */
    private List<?> itemCells(ItemSummary i) {
        return Arrays.asList(
                i.item().planNumber(),
                i.item().sectionCode() + "." + i.item().ordinal() + " "
                        + i.item().content(),
                i.item().timeframeText(),
                phrases(i.lead()),
                exports.label("status." + i.status().status().name()),
                i.status().achievement().percent());
    }

    /** An item as the item list shows it, each field in its own column. */
    private List<?> fullItemCells(ItemSummary i) {
        return Arrays.asList(
                i.item().planNumber(),
                i.item().sectionCode(),
                i.item().ordinal(),
                i.item().content(),
                i.item().inputActivities(),
                i.item().expectedOutputs(),
                i.item().timeframeText(),
                phrases(i.lead()),
                phrases(i.coordinating()),
                phrases(i.supporting()),
                exports.label("status." + i.status().status().name()),
                i.status().achievement().percent());
    }

    /** An agency cell one phrase per line, as the item form writes it. */
    private static String phrases(List<ItemSummary.AgencyCell> cells) {
        return cells.stream().map(ItemSummary.AgencyCell::writtenAs).collect(Collectors.joining("\n"));
    }

    /** The count columns: the total, then one per status. */
    private static Exports.Builder counts(Exports.Builder table) {
        table.column("items.total", ColumnType.INTEGER);
        for (ItemStatus s : ItemStatus.values()) {
            table.column("status." + s.name(), ColumnType.INTEGER);
        }
        return table;
    }

    private static List<?> countCells(String label, GroupSummary group) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        cells.add(group.total());
        for (ItemStatus s : ItemStatus.values()) {
            cells.add(group.count(s));
        }
        return cells;
    }
}

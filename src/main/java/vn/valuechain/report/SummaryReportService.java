package vn.valuechain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.PlanTargetCount;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.dashboard.IndicatorExports;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.GroupSummary;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/**
 * "Báo cáo tổng hợp": the summary tables the province sends up, one sheet each, for a unit (a DISTRICT user's
 * own) on a reference date. The figures are those of the dashboard and the action-plan views, read through
 * their services; the counts are grouped in the database.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SummaryReportService {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private final IndicatorExports indicators;
    private final CooperativeService cooperatives;
    private final ItemViews items;
    private final Exports exports;

    /** The headline figures in the reports' words, then the five sheets, in the order the report lists them. */
    public List<TableExport> sheets(DashboardFilters.Resolved f) {
        return List.of(
                indicators.headlines(f),
                indicators.completeness(f),
                indicators.coverage(f),
                cooperativesByPeriod(f),
                progress(f, "agency", items.byAgency(AgencyRole.LEAD, f.filter().units(), f.date())),
                progress(f, "unit", items.byUnit(f.filter().units(), f.date())));
    }

    /**
     * Appendix 1 of the plan ("Kế hoạch tổng hợp xây dựng và củng cố các hợp tác xã") as counts: under each product,
     * the cooperatives to found and those to consolidate, one column per target period, with totals.
     */
    TableExport cooperativesByPeriod(DashboardFilters.Resolved f) {
        List<PlanTargetCount> counts = cooperatives.planTargets(f.filter().units());
        List<String> periods = counts.stream()
                .sorted(Comparator.comparing(
                                PlanTargetCount::firstYear, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PlanTargetCount::targetPeriod, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(PlanTargetCount::targetPeriod)
                .distinct()
                .toList();
        Exports.Builder b = indicators
                .titled(f, "htx-theo-san-pham-giai-doan", "report.title.cooperatives")
                .sheetName("report.sheet.cooperatives")
                .text("report.cooperatives.ordinal", "report.cooperatives.what");
        for (String period : periods) {
            b.column(
                    period == null ? "report.cooperatives.noPeriod" : "report.cooperatives.period",
                    ColumnType.INTEGER,
                    period);
        }
        b.column("report.cooperatives.total", ColumnType.INTEGER);
        Map<Long, List<PlanTargetCount>> byProduct = new LinkedHashMap<>();
        counts.forEach(c -> byProduct
                .computeIfAbsent(c.productId() == null ? 0L : c.productId(), k -> new ArrayList<>())
                .add(c));
        List<List<?>> rows = new ArrayList<>();
        int section = 0;
        for (List<PlanTargetCount> product : byProduct.values()) {
            String name = product.get(0).productName();
            rows.add(row(
                    roman(section++),
                    name == null
                            ? exports.label("report.cooperatives.noProduct")
                            : exports.label("report.cooperatives.product", name),
                    periods,
                    product));
            int line = 1;
            for (CooperativeStatus kind : CooperativeService.PLAN_TARGETS) {
                List<PlanTargetCount> ofKind =
                        product.stream().filter(c -> c.status() == kind).toList();
                if (!ofKind.isEmpty()) {
                    rows.add(row(
                            String.valueOf(line++),
                            exports.label("report.cooperatives.kind." + kind),
                            periods,
                            ofKind));
                }
            }
        }
        rows.add(row(null, exports.label("report.cooperatives.grandTotal"), periods, counts));
        return b.rows(PagedRows.of(rows, r -> r));
    }

    private static List<Object> row(String ordinal, String what, List<String> periods, List<PlanTargetCount> counts) {
        List<Object> cells = new ArrayList<>(Arrays.asList(ordinal, what));
        for (String period : periods) {
            cells.add(counts.stream()
                    .filter(c -> Objects.equals(c.targetPeriod(), period))
                    .mapToLong(PlanTargetCount::count)
                    .sum());
        }
        cells.add(counts.stream().mapToLong(PlanTargetCount::count).sum());
        return cells;
    }

    /**
     * Action-plan progress per lead agency or per unit (today's communes, or the districts of an earlier date): items by
     * status on the reference date.
     */
    TableExport progress(DashboardFilters.Resolved f, String by, List<GroupSummary> groups) {
        Exports.Builder b = indicators
                .titled(f, by.equals("agency") ? "tien-do-theo-co-quan" : "tien-do-theo-dia-ban", "report.title." + by)
                .sheetName("report.sheet." + by)
                .text(by.equals("agency") ? "report.progress.agency" : "report.progress.unit." + f.groupLevel())
                .column("report.progress.total", ColumnType.INTEGER);
        for (ItemStatus s : ItemStatus.values()) {
            b.column("status." + s, ColumnType.INTEGER);
        }
        b.column("report.progress.donePercent", ColumnType.PERCENT);
        return b.rows(PagedRows.of(groups, g -> {
            String label = g.partial() ? g.label() + " " + exports.label("dashboard.byUnit.partial") : g.label();
            List<Object> cells = new ArrayList<>(Arrays.asList(label, g.total()));
            for (ItemStatus s : ItemStatus.values()) {
                cells.add(g.count(s));
            }
            cells.add(percent(g.count(ItemStatus.DONE), g.total()));
            return cells;
        }));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static String roman(int index) {
        return index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
    }
}

package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.RowSource;
import vn.valuechain.shared.table.TableExport;

/**
 * The dashboard's tables as they are on screen (same filters, rows and columns), for XLSX or CSV, and the chain
 * tables of the summary report. Each is titled, with the unit and the reference date under the title. A count
 * shown as "7/8" on screen is two number columns here: as text, a spreadsheet would read it as a date.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IndicatorExports {

    private final IndicatorService indicators;
    private final ProductService products;
    private final Exports exports;

    /** The tables of the dashboard page, by name: the headline figures, byCriterion, byProduct, byUnit. */
    public static final List<String> DASHBOARD_TABLES = List.of("headlines", "byCriterion", "byProduct", "byUnit");

    /** One table of the dashboard page; null for an unknown name. */
    public TableExport dashboardTable(String table, DashboardFilters.Resolved f) {
        return switch (table) {
            case "headlines" -> headlines(f);
            case "byCriterion" -> byCriterion(f);
            case "byProduct" -> groups(table, f, indicators.byProduct(f.filter()), indicators.summary(f.filter()));
            case "byUnit" -> groups(table, f, indicators.byUnit(f.filter()), indicators.summary(f.filter()));
            default -> null;
        };
    }

    /**
     * The figures the page states in the reports' words, each as the page says it ("Số chuỗi có chứng nhận
     * VietGAP/ATTP: 6/23") with its two numbers beside it.
     */
    public TableExport headlines(DashboardFilters.Resolved f) {
        return titled(f, "so-lieu-chinh", "dashboard.reportWords")
                .sheetName("dashboard.headlines.sheet")
                .text("dashboard.headlines.sentence")
                .column("dashboard.met", ColumnType.INTEGER)
                .column("dashboard.headlines.of", ColumnType.INTEGER)
                .rows(PagedRows.of(
                        Headline.of(indicators.summary(f.filter())),
                        h -> Arrays.asList(sentence(h), h.value(), h.of())));
    }

    /** "Số chuỗi có chứng nhận VietGAP/ATTP: 6/23", as the dashboard's "Tóm tắt theo cách viết của báo cáo". */
    public String sentence(Headline h) {
        return exports.label("dashboard.sentence." + h.key()) + ": " + h.value() + (h.of() == null ? "" : "/" + h.of());
    }

    private TableExport byCriterion(DashboardFilters.Resolved f) {
        Summary s = indicators.summary(f.filter());
        Summary province = f.province() == null ? null : indicators.summary(f.province());
        Exports.Builder b = titled(f, "bang-tieu-chi", "dashboard.byCriterion")
                .text("dashboard.criterion")
                .column("dashboard.met", ColumnType.INTEGER)
                .column("dashboard.applicable", ColumnType.INTEGER)
                .column("dashboard.export.percent", ColumnType.PERCENT);
        if (province != null) {
            b.column("dashboard.export.provinceMet", ColumnType.INTEGER)
                    .column("dashboard.export.provinceApplicable", ColumnType.INTEGER);
        }
        return b.rows(PagedRows.of(Arrays.asList(Criterion.values()), c -> {
            Summary.Tally t = s.criteria().get(c);
            List<Object> cells = new ArrayList<>(Arrays.asList(criterion(c), t.met(), t.applicable(), t.percent()));
            if (province != null) {
                cells.add(province.criteria().get(c).met());
                cells.add(province.criteria().get(c).applicable());
            }
            return cells;
        }));
    }

    /** By product or by unit, then the totals row: the whole selection's figures (a chain is counted once). */
    private TableExport groups(String table, DashboardFilters.Resolved f, List<GroupRow> rows, Summary total) {
        return titled(f, table.equals("byProduct") ? "theo-san-pham" : "theo-dia-ban", "dashboard." + table)
                .text(table.equals("byUnit") ? "dashboard.byUnit.group." + f.groupLevel() : "dashboard.byProduct.group")
                .column("dashboard.col.chains", ColumnType.INTEGER)
                .column("dashboard.col.complete", ColumnType.INTEGER)
                .column("dashboard.col.cooperativeAndEnterprise", ColumnType.INTEGER)
                .column("dashboard.col.certified", ColumnType.INTEGER)
                .column("dashboard.col.offtake", ColumnType.INTEGER)
                .column("dashboard.col.contracted", ColumnType.PERCENT)
                .column("dashboard.col.realised", ColumnType.PERCENT)
                .text("dashboard.col.otherUnits")
                .rows(PagedRows.of(
                                rows,
                                r -> Arrays.asList(
                                        groupName(r),
                                        r.chains(),
                                        r.complete(),
                                        r.cooperativeAndEnterprise(),
                                        r.certified(),
                                        r.withOfftake(),
                                        r.contractedCoverage(),
                                        r.realisedCoverage(),
                                        otherUnits(r.otherUnits())))
                        .followedBy(List.of(Arrays.asList(
                                exports.label("dashboard.total"),
                                total.chains(),
                                total.complete(),
                                total.cooperativeAndEnterprise(),
                                total.certified(),
                                total.withOfftake(),
                                total.contractedCoverage(),
                                total.realisedCoverage(),
                                otherUnits(total.otherUnits())))));
    }

    /** "con: theo hợp đồng 45,0 %, thực tế 20,0 %; …" for the chains planned in head or pieces, as the page says. */
    public String otherUnits(List<UnitCoverage> units) {
        return units.stream()
                .map(u -> exports.label(
                        "dashboard.otherUnit",
                        exports.label("enum.MeasureUnit." + u.unit()),
                        percent(u.contractedCoverage()),
                        percent(u.realisedCoverage()),
                        u.chains()))
                .collect(Collectors.joining("; "));
    }

    private String percent(BigDecimal value) {
        if (value == null) {
            return exports.label("coverage.undefined");
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + " %";
    }

    /** A unit row's name as the page shows it: "Xã Phú Phụng (một phần)", "Huyện Chợ Lách (đơn vị cũ)". */
    private String groupName(GroupRow r) {
        String name = r.name();
        if (r.partial()) {
            name += " " + exports.label("dashboard.byUnit.partial");
        }
        if (r.former()) {
            name += " " + exports.label("dashboard.byUnit.former");
        }
        return name;
    }

    /** The chains behind a figure, every page: selectionKey titles it as the page does. */
    public TableExport chains(DashboardFilters.Resolved f, String selection, String selectionKey, boolean met) {
        return exports.table(
                        "chuoi-theo-chi-tieu",
                        "dashboard.export.chainsTitle",
                        exports.label(selectionKey),
                        exports.label(met ? "dashboard.selection.met" : "dashboard.selection.notMet"))
                .unit(unitName(f))
                .referenceDate(f.date())
                .filter("chain.product", products.name(f.productId()))
                .text("chain.name", "chain.product")
                .column("dashboard.score", ColumnType.INTEGER)
                .column("dashboard.applicable", ColumnType.INTEGER)
                .text("dashboard.missing")
                .rows(out -> indicators.forEachChain(
                        f.filter(),
                        selection,
                        met,
                        out,
                        c -> Arrays.asList(c.name(), c.productName(), c.met(), c.applicable(), missing(c))));
    }

    /** The chains whose completeness dropped since the date given, with both scores, every page. */
    public TableExport dropped(DashboardFilters.Resolved f, LocalDate since) {
        return titled(f, "chuoi-giam-muc-do-hoan-thien", "dashboard.dropped.title")
                .filter("dashboard.dropped.since", Exports.date(since))
                .text("chain.name", "chain.product")
                .column("dashboard.export.scoreBefore", ColumnType.INTEGER)
                .column("dashboard.score", ColumnType.INTEGER)
                .column("dashboard.applicable", ColumnType.INTEGER)
                .text("dashboard.missing")
                .rows(out -> indicators.forEachDropped(
                        f.filter(),
                        since,
                        out,
                        c -> Arrays.asList(
                                c.now().name(),
                                c.now().productName(),
                                c.metBefore(),
                                c.now().met(),
                                c.now().applicable(),
                                missing(c.now()))));
    }

    /**
     * The cooperatives behind "HTX có hợp đồng tiêu thụ ổn định" (HTX and unions) or, with groups, the THT behind
     * their own figure: stable, not stable, or all counted.
     */
    public TableExport cooperatives(DashboardFilters.Resolved f, boolean groups, Boolean stable) {
        String kind = groups ? "dashboard.groups." : "dashboard.cooperatives.";
        String title = kind + (stable == null ? "all" : stable ? "stable" : "notStable");
        return titled(f, "htx-theo-chi-tieu", title)
                .text(
                        "dashboard.cooperatives.name",
                        "dashboard.unit",
                        "dashboard.cooperatives.contract",
                        "dashboard.cooperatives.buyer")
                .column("dashboard.cooperatives.start", ColumnType.DATE)
                .rows(out -> indicators.forEachCooperative(
                        f.filter(),
                        groups,
                        stable,
                        out,
                        c -> Arrays.asList(
                                c.name(),
                                c.unitName(),
                                !c.stable()
                                        ? exports.label("dashboard.cooperatives.noStableContract")
                                        : c.contractNumber() != null
                                                ? c.contractNumber()
                                                : exports.label("dashboard.cooperatives.noNumber"),
                                c.buyerName(),
                                c.contractStart())));
    }

    /** The enterprises behind "Số doanh nghiệp có hợp đồng tiêu thụ". */
    public TableExport enterprises(DashboardFilters.Resolved f) {
        return titled(f, "doanh-nghiep-co-hop-dong", "dashboard.sentence.enterprisesWithOfftake")
                .text("dashboard.enterprises.name", "dashboard.unit")
                .rows(out -> indicators.forEachEnterprise(
                        f.filter(), f.reach(), out, e -> Arrays.asList(e.name(), e.unitName())));
    }

    /** A chain's scorecard: the score, each criterion with its state and why, and the two coverage figures. */
    public TableExport scorecard(ChainScore score, LocalDate date) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(Arrays.asList(
                exports.label("dashboard.score"),
                exports.label("dashboard.export.scoreState", score.met(), score.applicable()),
                score.score(),
                null));
        score.criteria().forEach((c, value) -> {
            String state = value == null ? "na" : value ? "met" : "notMet";
            rows.add(Arrays.asList(
                    criterion(c),
                    exports.label("dashboard.export.state." + state),
                    null,
                    exports.label("criterion." + c + "." + state)
                            + (state.equals("notMet") ? " " + exports.label("criterion." + c + ".next") : "")));
        });
        for (String cov : List.of("contracted", "realised")) {
            BigDecimal v = cov.equals("contracted") ? score.contractedCoverage() : score.realisedCoverage();
            rows.add(Arrays.asList(
                    exports.label("dashboard.tile." + cov),
                    v == null ? exports.label("coverage.undefined") : null,
                    v,
                    v == null ? exports.label("coverage.problem." + score.coverageProblem()) : null));
        }
        return exports.table("cham-diem-chuoi", "dashboard.export.scorecardTitle", score.name())
                .referenceDate(date)
                .text("dashboard.criterion", "dashboard.export.result")
                .column("dashboard.export.percent", ColumnType.PERCENT)
                .text("dashboard.export.explanation")
                .rows(PagedRows.of(rows, r -> r));
    }

    /** Summary report: each chain with every criterion's state and its score, then the totals as the page counts. */
    public TableExport completeness(DashboardFilters.Resolved f) {
        Summary total = indicators.summary(f.filter());
        Exports.Builder b = titled(f, "muc-do-hoan-thien-chuoi", "report.title.completeness")
                .sheetName("report.sheet.completeness")
                .text("chain.name", "chain.product");
        for (Criterion c : Criterion.values()) {
            b.text("criterion." + c + ".name");
        }
        List<Object> totals = new ArrayList<>(Arrays.asList(exports.label("dashboard.total"), null));
        for (Criterion c : Criterion.values()) {
            Summary.Tally t = total.criteria().get(c);
            totals.add(exports.label("report.completeness.tally", t.met(), t.applicable()));
        }
        totals.addAll(Arrays.asList(
                null, null, null, exports.label("report.completeness.tally", total.complete(), total.chains()), null));
        return b.column("dashboard.score", ColumnType.INTEGER)
                .column("dashboard.applicable", ColumnType.INTEGER)
                .column("dashboard.export.percent", ColumnType.PERCENT)
                .text("report.completeness.complete", "dashboard.missing")
                .rows(everyChain(f, c -> {
                            List<Object> cells = new ArrayList<>(Arrays.asList(c.name(), c.productName()));
                            for (Map.Entry<Criterion, Boolean> e : c.criteria().entrySet()) {
                                String state = e.getValue() == null ? "na" : e.getValue() ? "met" : "notMet";
                                cells.add(exports.label("dashboard.export.state." + state));
                            }
                            cells.addAll(Arrays.asList(
                                    c.met(), c.applicable(), c.score(), exports.yesNo(c.complete()), missing(c)));
                            return cells;
                        })
                        .followedBy(List.of(totals)));
    }

    /**
     * Summary report: each chain's planned output, volume under offtake contracts and delivered, and coverage; then
     * the totals: the chains planned by weight summed in tấn, and those planned in each other unit in that unit.
     */
    public TableExport coverage(DashboardFilters.Resolved f) {
        Summary total = indicators.summary(f.filter());
        List<List<?>> totals = new ArrayList<>();
        totals.add(coverageTotal(total.weight()));
        total.otherUnits().forEach(u -> totals.add(coverageTotal(u)));
        return titled(f, "bao-tieu-theo-hop-dong", "report.title.coverage")
                .sheetName("report.sheet.coverage")
                .text("chain.name", "chain.product")
                .column("report.coverage.planned", ColumnType.DECIMAL)
                .column("report.coverage.contracted", ColumnType.DECIMAL)
                .column("report.coverage.realised", ColumnType.DECIMAL)
                .text("report.coverage.unit")
                .column("dashboard.col.contracted", ColumnType.PERCENT)
                .column("dashboard.col.realised", ColumnType.PERCENT)
                .text("report.coverage.note")
                .rows(everyChain(
                                f,
                                c -> Arrays.asList(
                                        c.name(),
                                        c.productName(),
                                        c.plannedOutput(),
                                        c.contracted(),
                                        c.realised(),
                                        c.outputUnit() == null
                                                ? null
                                                : exports.label("enum.MeasureUnit." + c.outputUnit()),
                                        c.contractedCoverage(),
                                        c.realisedCoverage(),
                                        c.coverageProblem() == null
                                                ? null
                                                : exports.label("coverage.undefined") + ": "
                                                        + exports.label("coverage.problem." + c.coverageProblem())))
                        .followedBy(totals));
    }

    /** Every chain of the filter, a row each (the summary report's sheets). */
    private RowSource everyChain(DashboardFilters.Resolved f, Function<ChainScore, List<?>> cells) {
        return out -> indicators.forEachChain(f.filter(), "all", true, out, cells);
    }

    private List<?> coverageTotal(UnitCoverage u) {
        String unit = exports.label("enum.MeasureUnit." + u.unit());
        return Arrays.asList(
                exports.label("report.coverage.total", unit),
                null,
                u.planned(),
                u.contracted(),
                u.realised(),
                unit,
                u.contractedCoverage(),
                u.realisedCoverage(),
                exports.label("report.coverage.totalChains", u.chains()));
    }

    /** A table titled by a message, with the unit (or "Toàn tỉnh"), the reference date and the product filter. */
    public Exports.Builder titled(DashboardFilters.Resolved f, String fileName, String titleKey) {
        return exports.table(fileName, titleKey)
                .unit(unitName(f))
                .referenceDate(f.date())
                .filter("chain.product", products.name(f.productId()));
    }

    private String unitName(DashboardFilters.Resolved f) {
        return f.unitName() != null ? f.unitName() : exports.label("dashboard.wholeProvince");
    }

    private String criterion(Criterion c) {
        return exports.label("criterion." + c + ".name");
    }

    /** "Thiếu: hợp tác xã, hợp đồng tiêu thụ" as the page says it, or "Đủ mọi tiêu chí". */
    private String missing(ChainScore c) {
        return c.missing().isEmpty()
                ? exports.label("dashboard.nothingMissing")
                : exports.label("dashboard.missingPrefix") + " "
                        + c.missing().stream()
                                .map(m -> exports.label("criterion." + m + ".short"))
                                .collect(Collectors.joining(", "));
    }
}

package vn.valuechain.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.valuechain.dashboard.Criterion;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.dashboard.Headline;
import vn.valuechain.dashboard.IndicatorExports;
import vn.valuechain.dashboard.IndicatorFilter;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.dashboard.Summary;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ExportFormat;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;
import vn.valuechain.shared.web.NotFoundException;
import vn.valuechain.shared.web.RenderedFragments;

/**
 * The province dashboard, the chains, cooperatives and enterprises behind each figure, a chain's scorecard and
 * the methodology. Each table also goes out as {@code ?format=xlsx|csv} on its page's own URL, with the same
 * filters.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {

    /** The chains whose completeness is lower than on an earlier date ({@code &since=dd/MM/yyyy}). */
    static final String DROPPED = "dropped";

    private final IndicatorService indicators;
    private final DashboardFilters filters;
    private final ProductService products;
    private final IndicatorExports tables;
    private final Exports exports;
    private final RenderedFragments fragments;

    /**
     * Rows of the table by unit on one page: a province has a hundred communes, and each row is a fair part of the
     * page's rendering time. The export of the table has them all.
     */
    static final int UNIT_ROWS = 25;

    @GetMapping("/dashboard")
    String dashboard(
            DashboardQuery query,
            @PageableDefault(size = UNIT_ROWS) Pageable units,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        DashboardFilters.Resolved f = shown(query, user, model);
        Shown shown = new Shown(f, units, user.getUnitId(), user.getUnitName());
        model.addAttribute(
                "dashboardHtml",
                fragments.render(
                        shown, "dashboard/index :: content", model, m -> figures(f, units, m), request, response));
        return "dashboard/index";
    }

    /**
     * What the dashboard's content shows beside its figures, its key in {@link RenderedFragments}: the filters (with
     * the user's reach), the page of units, and the user's own unit (the way back to it).
     */
    private record Shown(DashboardFilters.Resolved f, Pageable units, Long ownUnit, String ownUnitName) {}

    /** The figures and choices the dashboard's content shows, added to the model when it is rendered. */
    private void figures(DashboardFilters.Resolved f, Pageable units, Model model) {
        IndicatorService.Figures figures = indicators.figures(f.filter(), f.province());
        Summary summary = figures.summary();
        model.addAttribute("summary", summary);
        model.addAttribute("headlines", Headline.of(summary));
        model.addAttribute(
                "criteriaPercent",
                java.util.Arrays.stream(Criterion.values())
                        .map(c -> summary.criteria().get(c).percent())
                        .toList());
        model.addAttribute("byProduct", figures.byProduct());
        model.addAttribute("byUnit", pageOf(figures.byUnit(), units));
        if (figures.province() != null) {
            model.addAttribute("province", figures.province());
        }
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("products", products.options());
        model.addAttribute("version", IndicatorService.formulaVersion());
    }

    /** One page of rows already computed (and cached) whole. */
    private static <T> Page<T> pageOf(List<T> rows, Pageable pageable) {
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = (int) Math.min((long) from + pageable.getPageSize(), rows.size());
        return new PageImpl<>(rows.subList(from, to), pageable, rows.size());
    }

    /**
     * One table of the page ({@code table=byCriterion|byProduct|byUnit}) as XLSX or CSV; without a table, the
     * three as the sheets of one workbook (XLSX only).
     */
    @GetMapping(value = "/dashboard", params = "format")
    void exportDashboard(
            @RequestParam String format,
            @RequestParam(required = false) String table,
            DashboardQuery query,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        DashboardFilters.Resolved f = query.resolve(filters, user);
        if (table == null && ExportFormat.of(format).orElse(null) == ExportFormat.XLSX) {
            exports.sendWorkbook(
                    "bang-dieu-khien",
                    IndicatorExports.DASHBOARD_TABLES.stream()
                            .map(t -> tables.dashboardTable(t, f))
                            .toList(),
                    request,
                    response);
            return;
        }
        TableExport export = table == null ? null : tables.dashboardTable(table, f);
        if (export == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        exports.send(export, format, request, response);
    }

    @GetMapping("/dashboard/chains")
    String chains(
            @RequestParam(defaultValue = "all") String selection,
            @RequestParam(defaultValue = "true") boolean met,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate since,
            DashboardQuery query,
            @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        if (DROPPED.equals(selection)) {
            DashboardFilters.Resolved f = shown(query, user, model);
            LocalDate from = since(since, f);
            model.addAttribute("since", from);
            model.addAttribute("page", indicators.dropped(f.filter(), from, pageable));
            return "dashboard/dropped";
        }
        if (!IndicatorService.knownSelection(selection)) {
            throw new NotFoundException("Selection", selection);
        }
        DashboardFilters.Resolved f = shown(query, user, model);
        model.addAttribute("selection", selection);
        model.addAttribute("selectionKey", selectionKey(selection));
        model.addAttribute("met", met);
        model.addAttribute("page", indicators.chains(f.filter(), selection, met, pageable));
        model.addAttribute("criteria", Criterion.values());
        return "dashboard/chains";
    }

    @GetMapping(value = "/dashboard/chains", params = "format")
    void exportChains(
            @RequestParam String format,
            @RequestParam(defaultValue = "all") String selection,
            @RequestParam(defaultValue = "true") boolean met,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate since,
            DashboardQuery query,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (DROPPED.equals(selection)) {
            DashboardFilters.Resolved f = query.resolve(filters, user);
            exports.send(tables.dropped(f, since(since, f)), format, request, response);
            return;
        }
        if (!IndicatorService.knownSelection(selection)) {
            throw new NotFoundException("Selection", selection);
        }
        DashboardFilters.Resolved f = query.resolve(filters, user);
        exports.send(tables.chains(f, selection, selectionKey(selection), met), format, request, response);
    }

    /** The earlier date of "completeness dropped": a month before the reference date unless given. */
    private static LocalDate since(LocalDate since, DashboardFilters.Resolved f) {
        return since != null ? since : f.date().minusMonths(1);
    }

    /** The page's filters as resolved for the user, shown to the page as {@code f}. */
    private DashboardFilters.Resolved shown(DashboardQuery query, UnitScopedUser user, Model model) {
        DashboardFilters.Resolved f = query.resolve(filters, user);
        model.addAttribute("f", f);
        return f;
    }

    private static String selectionKey(String selection) {
        boolean criterion = java.util.Arrays.stream(Criterion.values())
                .anyMatch(c -> c.name().equals(selection));
        return criterion ? "criterion." + selection + ".name" : "dashboard.selection." + selection;
    }

    /**
     * The cooperatives behind "Số HTX có hợp đồng tiêu thụ ổn định" (HTX and unions), or with {@code groups=true}
     * the THT behind their own figure: stable or not; all counted when absent.
     */
    @GetMapping("/dashboard/cooperatives")
    String cooperatives(
            @RequestParam(required = false) Boolean stable,
            @RequestParam(defaultValue = "false") boolean groups,
            DashboardQuery query,
            @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        DashboardFilters.Resolved f = shown(query, user, model);
        model.addAttribute("stable", stable);
        model.addAttribute("groups", groups);
        model.addAttribute("page", indicators.cooperatives(f.filter(), groups, stable, pageable));
        return "dashboard/cooperatives";
    }

    @GetMapping(value = "/dashboard/cooperatives", params = "format")
    void exportCooperatives(
            @RequestParam String format,
            @RequestParam(required = false) Boolean stable,
            @RequestParam(defaultValue = "false") boolean groups,
            DashboardQuery query,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        DashboardFilters.Resolved f = query.resolve(filters, user);
        exports.send(tables.cooperatives(f, groups, stable), format, request, response);
    }

    /** The enterprises behind "Số doanh nghiệp có hợp đồng tiêu thụ". */
    @GetMapping("/dashboard/enterprises")
    String enterprises(
            DashboardQuery query,
            @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        DashboardFilters.Resolved f = shown(query, user, model);
        model.addAttribute("page", indicators.enterprises(f.filter(), f.reach(), pageable));
        return "dashboard/enterprises";
    }

    @GetMapping(value = "/dashboard/enterprises", params = "format")
    void exportEnterprises(
            @RequestParam String format,
            DashboardQuery query,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(tables.enterprises(query.resolve(filters, user)), format, request, response);
    }

    /**
     * The scorecard on a chain's page (htmx fragment), or as a page of its own when opened directly (a link or a
     * bookmark); a chain out of the user's reach is not found.
     */
    @GetMapping("/chains/{id}/scorecard")
    String scorecard(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        IndicatorFilter f = filters.resolve(date, null, null, null, user).filter();
        model.addAttribute("score", indicators.scorecard(id, f).orElseThrow(() -> new NotFoundException("Chain", id)));
        model.addAttribute("date", f.date());
        return htmx == null ? "dashboard/scorecard-page" : "dashboard/scorecard :: scorecard";
    }

    @GetMapping(value = "/chains/{id}/scorecard", params = "format")
    void exportScorecard(
            @PathVariable long id,
            @RequestParam String format,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        IndicatorFilter f = filters.resolve(date, null, null, null, user).filter();
        var score = indicators.scorecard(id, f).orElseThrow(() -> new NotFoundException("Chain", id));
        exports.send(tables.scorecard(score, f.date()), format, request, response);
    }

    @GetMapping("/methodology")
    String methodology(Model model) {
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("version", IndicatorService.formulaVersion());
        model.addAttribute(
                "coverageProblems",
                List.of("NO_PLANNED_OUTPUT", "ZERO_PLANNED_OUTPUT", "UNIT_MISMATCH", "VOLUME_MISSING"));
        return "dashboard/methodology";
    }
}

package vn.valuechain.dashboard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.dashboard.GroupRow;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.dashboard.Summary;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The dashboard's figures as JSON for scripts and the ministry's systems; same parameters and permissions as
 * the page. Dates are ISO (yyyy-MM-dd) here; percentages have one decimal; null means undefined.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardApiController {

    private final IndicatorService indicators;
    private final DashboardFilters filters;

    @GetMapping("/api/v1/dashboard")
    @Operation(
            summary = "Chain completeness and contract coverage",
            description = "The dashboard's figures for the chains of a unit, product and plan on a reference date. "
                    + "A DISTRICT user's figures are limited to their unit. Percentages have one decimal; "
                    + "null means undefined (never 0 by default).")
    DashboardJson dashboard(
            @Parameter(description = "Reference date (yyyy-MM-dd); today when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate date,
            @Parameter(description = "Administrative unit id: the unit and every unit below it")
                    @RequestParam(required = false)
                    Long unit,
            @Parameter(description = "Product id") @RequestParam(required = false) Long product,
            @Parameter(description = "Plan id") @RequestParam(required = false) Long plan,
            @AuthenticationPrincipal UnitScopedUser user) {
        DashboardFilters.Resolved f = filters.resolve(date, unit, product, plan, user);
        IndicatorService.Figures figures = indicators.figures(f.filter(), null);
        return new DashboardJson(
                IndicatorService.formulaVersion(),
                f.date(),
                f.unitId(),
                f.unitName(),
                product,
                plan,
                figures.summary(),
                figures.byProduct(),
                figures.byUnit());
    }

    record DashboardJson(
            String formulaVersion,
            LocalDate date,
            Long unitId,
            String unitName,
            Long productId,
            Long planId,
            Summary summary,
            List<GroupRow> byProduct,
            List<GroupRow> byUnit) {}
}

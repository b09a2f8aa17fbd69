package vn.valuechain.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.plan.PlanService;
import vn.valuechain.report.SummaryReportService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;

/**
 * "Báo cáo tổng hợp": a page that says what the workbook holds and links to it for a unit and a reference date,
 * and the workbook; the same page offers the official report on a plan ({@link OfficialReportController}). A DISTRICT user's report is their unit's, as on the dashboard (another unit is not found).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportController {

    private final SummaryReportService reports;
    private final DashboardFilters filters;
    private final Exports exports;
    private final PlanService plans;

    @GetMapping("/reports")
    String page(
            @ModelAttribute("filter") ReportFilter filter, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        DashboardFilters.Resolved f = resolve(filter, user);
        filter.setDate(f.date());
        filter.setUnitLabel(f.unitName());
        model.addAttribute("f", f);
        model.addAttribute("plans", plans.others(null));
        return "report/index";
    }

    @GetMapping("/reports/summary.xlsx")
    void summary(
            @ModelAttribute("filter") ReportFilter filter,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.sendWorkbook("bao-cao-tong-hop", reports.sheets(resolve(filter, user)), request, response);
    }

    private DashboardFilters.Resolved resolve(ReportFilter filter, UnitScopedUser user) {
        return filters.resolve(filter.getDate(), filter.getUnit(), null, null, user);
    }
}

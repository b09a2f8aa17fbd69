package vn.valuechain.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ItemProgress;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.ReferenceDate;

/**
 * Following the items across plans: by status (overdue, at risk…), per agency, per chain, and by year; and one item
 * with its status on the reference date and its progress reports.
 */
@Controller
@RequestMapping("/action-items")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemViewsController {

    private final ItemViews views;
    private final ActionItemService items;
    private final PlanService plans;
    private final ProgressReportService reports;
    private final ItemProgress progress;
    private final ItemViewsExport export;
    private final Exports exports;
    private final ReferenceDate referenceDate;

    /** Every page here is of a reference date ({@code ?on=dd/MM/yyyy}, today by default), shown as {@code on}. */
    @ModelAttribute("on")
    LocalDate on(@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on) {
        return referenceDate.orToday(on);
    }

    @GetMapping
    String list(
            ItemQuery query,
            @ModelAttribute("on") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 25) Pageable pageable,
            Model model) {
        model.addAttribute("page", views.list(query.filter(), user, on, pageable));
        model.addAttribute("status", query.status());
        model.addAttribute("review", query.review());
        model.addAttribute("statuses", ItemStatus.values());
        return "progress/item/list";
    }

    /** The list with its filters, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            ItemQuery query,
            @ModelAttribute("on") LocalDate on,
            @RequestParam String format,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.items(query.filter(), user, on), format, request, response);
    }

    @GetMapping("/{id:\\d+}")
    String show(
            @PathVariable long id,
            @ModelAttribute("on") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        var item = items.summary(id, user, on);
        model.addAttribute("item", item);
        model.addAttribute("progress", progress.of(id, on));
        model.addAttribute("plan", plans.view(item.item().planId()));
        model.addAttribute(
                "reports",
                reports.list(null, id, user, PageRequest.of(0, 100, Sort.by("periodYear", "periodNumber")))
                        .getContent());
        return "progress/item/show";
    }

    /** today=true: each agency as the body it is today (Sở NN&PTNT of 2018 under today's Sở NN&MT). */
    @GetMapping("/by-agency")
    String byAgency(
            @RequestParam(defaultValue = "LEAD") AgencyRole role,
            @ModelAttribute("on") LocalDate on,
            @RequestParam(defaultValue = "false") boolean today,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("groups", today ? views.byTodaysAgency(role, user, on) : views.byAgency(role, user, on));
        model.addAttribute("today", today);
        model.addAttribute("role", role);
        model.addAttribute("roles", AgencyRole.values());
        model.addAttribute("statuses", ItemStatus.values());
        return "progress/item/by-agency";
    }

    /** The counts per agency in the role shown, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(path = "/by-agency", params = "format")
    void exportByAgency(
            @RequestParam(defaultValue = "LEAD") AgencyRole role,
            @ModelAttribute("on") LocalDate on,
            @RequestParam(defaultValue = "false") boolean today,
            @RequestParam String format,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.byAgency(role, user, on, today), format, request, response);
    }

    @GetMapping("/by-chain")
    String byChain(@ModelAttribute("on") LocalDate on, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("groups", views.byChain(user, on));
        model.addAttribute("statuses", ItemStatus.values());
        return "progress/item/by-chain";
    }

    /** The counts per chain, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(path = "/by-chain", params = "format")
    void exportByChain(
            @ModelAttribute("on") LocalDate on,
            @RequestParam String format,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.byChain(user, on), format, request, response);
    }

    @GetMapping("/timeline")
    String timeline(
            @RequestParam(required = false) Long plan,
            @ModelAttribute("on") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        model.addAttribute("timeline", views.timeline(plan, user, on, pageable));
        model.addAttribute("plans", plans.others(null));
        model.addAttribute("plan", plan);
        return "progress/item/timeline";
    }
}

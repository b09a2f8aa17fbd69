package vn.valuechain.plan.web;

import java.time.LocalDate;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemViews;
import vn.valuechain.plan.ItemViews.ItemFilter;
import vn.valuechain.plan.PlanService;
import vn.valuechain.shared.security.UnitScopedUser;

/** Following the items across plans: by status (overdue, at risk…), per agency, per chain, and by year. */
@Controller
@RequestMapping("/action-items")
class ItemViewsController {

    private final ItemViews views;
    private final PlanService plans;

    ItemViewsController(ItemViews views, PlanService plans) {
        this.views = views;
        this.plans = plans;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) Long agency,
            @RequestParam(defaultValue = "LEAD") AgencyRole role,
            @RequestParam(required = false) Long chain,
            @RequestParam(required = false) Long plan,
            @RequestParam(defaultValue = "false") boolean review,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 25) Pageable pageable,
            Model model) {
        LocalDate date = ReferenceDate.orToday(on);
        model.addAttribute(
                "page", views.list(new ItemFilter(status, agency, role, chain, plan, review), user, date, pageable));
        model.addAttribute("status", status);
        model.addAttribute("review", review);
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("on", date);
        return "plan/item/list";
    }

    @GetMapping("/by-agency")
    String byAgency(
            @RequestParam(defaultValue = "LEAD") AgencyRole role,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        LocalDate date = ReferenceDate.orToday(on);
        model.addAttribute("groups", views.byAgency(role, user, date));
        model.addAttribute("role", role);
        model.addAttribute("roles", AgencyRole.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("on", date);
        return "plan/item/by-agency";
    }

    @GetMapping("/by-chain")
    String byChain(
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        LocalDate date = ReferenceDate.orToday(on);
        model.addAttribute("groups", views.byChain(user, date));
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("on", date);
        return "plan/item/by-chain";
    }

    @GetMapping("/timeline")
    String timeline(
            @RequestParam(required = false) Long plan,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        LocalDate date = ReferenceDate.orToday(on);
        model.addAttribute("timeline", views.timeline(plan, user, date, pageable));
        model.addAttribute("plans", plans.others(null));
        model.addAttribute("plan", plan);
        model.addAttribute("on", date);
        return "plan/item/timeline";
    }
}

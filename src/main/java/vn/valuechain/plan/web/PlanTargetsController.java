package vn.valuechain.plan.web;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.PlanService;

/**
 * Targets for a whole plan in one step: the quantities each item's expected outputs name ("Thành lập mới 7 THT và 3
 * HTX" → 7 THT, 3 HTX), ticked, for staff to confirm together, so that local officials can report figures.
 */
@Controller
@RequestMapping("/plans/{id}/targets")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanTargetsController {

    private final PlanService plans;
    private final ActionItemService items;

    @GetMapping
    String suggestions(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.view(id));
        model.addAttribute("items", items.planSuggestions(id));
        return "plan/targets";
    }

    @PostMapping
    String confirm(
            @PathVariable long id,
            @RequestParam(name = "chosen", required = false) List<String> chosen,
            RedirectAttributes redirect) {
        plans.view(id);
        int added = items.addSuggestedTargets(id, chosen == null ? List.of() : chosen);
        redirect.addFlashAttribute("success", "plan.targets.added");
        redirect.addFlashAttribute("successArgs", new Object[] {added});
        return "redirect:/plans/" + id;
    }
}

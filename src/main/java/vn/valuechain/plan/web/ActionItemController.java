package vn.valuechain.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.ActionItemService.TargetsNow;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.TargetSuggester.SuggestedTarget;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.NotFoundException;

@Controller
@RequestMapping("/action-items")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActionItemController {

    private static final int MAX_PHRASE = 500;

    private final ActionItemService items;
    private final PlanService plans;
    private final AgencyService agencies;
    private final AgencyLines agencyLines;
    private final OfficeTime officeTime;

    @GetMapping("/new")
    String newForm(@RequestParam("plan") long planId, Model model) {
        ActionItemForm form = new ActionItemForm();
        form.setPlanId(planId);
        model.addAttribute("actionItemForm", form);
        return form(planId, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("actionItemForm") ActionItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setId(null);
        return save(form, result, model, redirect);
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        ActionItemForm form = ActionItemForm.of(items.data(id));
        model.addAttribute("actionItemForm", form);
        return form(form.getPlanId(), model);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("actionItemForm") ActionItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setId(id);
        form.setPlanId(items.data(id).planId());
        return save(form, result, model, redirect);
    }

    private String save(ActionItemForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getPlanId() == null) {
            throw new NotFoundException("Plan", null);
        }
        plans.view(form.getPlanId());
        if (form.getSectionId() != null && !items.sectionOfPlan(form.getSectionId(), form.getPlanId())) {
            result.rejectValue("sectionId", "item.section.invalid");
        } else if (form.getSectionId() != null
                && form.getOrdinal() != null
                && !form.getOrdinal().isBlank()
                && items.ordinalTaken(form.getSectionId(), form.getOrdinal(), form.getId())) {
            result.rejectValue("ordinal", "item.ordinal.taken");
        }
        if (form.getDoneOn() != null && form.getDoneOn().isAfter(officeTime.today())) {
            result.rejectValue("doneOn", "validation.notInFuture");
        }
        for (String field : List.of("lead", "coordinating", "supporting")) {
            String text = (String) result.getFieldValue(field);
            if (text != null && text.lines().anyMatch(l -> l.length() > MAX_PHRASE)) {
                result.rejectValue(field, "item.agencies.lineTooLong", new Object[] {MAX_PHRASE}, null);
            }
        }
        if (result.hasErrors()) {
            return form(form.getPlanId(), model);
        }
        ActionItem item = items.save(form.toData());
        redirect.addFlashAttribute("success", "item.saved");
        // Quantities in the expected outputs are offered as targets right after saving.
        return items.suggestions(item.getId()).isEmpty()
                ? "redirect:/action-items/" + item.getId()
                : "redirect:/action-items/" + item.getId() + "/targets";
    }

    private String form(long planId, Model model) {
        model.addAttribute("plan", plans.view(planId));
        model.addAttribute("sections", plans.sections(planId));
        return "plan/item/form";
    }

    @GetMapping("/{id:\\d+}/targets")
    String targets(@PathVariable long id, Model model) {
        TargetsForm form = new TargetsForm();
        form.setVersion(items.data(id).version());
        for (var t : items.targets(id)) {
            form.getLines().add(TargetsForm.Line.of(t));
        }
        for (SuggestedTarget s : items.suggestions(id)) {
            TargetsForm.Line line = TargetsForm.Line.kept(null, s.indicator(), s.value(), s.unit(), s.year());
            line.setSuggested(true);
            form.getLines().add(line);
        }
        form.getLines().add(new TargetsForm.Line());
        model.addAttribute("targetsForm", form);
        return targetsPage(id, model);
    }

    @PostMapping("/{id:\\d+}/targets")
    String saveTargets(
            @PathVariable long id,
            @Valid @ModelAttribute("targetsForm") TargetsForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<TargetData> kept = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            TargetsForm.Line line = form.getLines().get(i);
            // Saved targets and suggestions stay only when ticked; the empty line at the end, only when filled in.
            boolean offered = line.getId() != null || line.isSuggested();
            boolean blank = (line.getIndicator() == null || line.getIndicator().isBlank()) && line.getValue() == null;
            if (offered ? !line.isKeep() : blank) {
                continue;
            }
            String prefix = "lines[" + i + "].";
            if (line.getIndicator() == null || line.getIndicator().isBlank()) {
                result.rejectValue(prefix + "indicator", "validation.required");
            } else if (line.getIndicator().length() > 300) {
                result.rejectValue(prefix + "indicator", "item.target.indicator.tooLong");
            }
            if (line.getValue() == null && !result.hasFieldErrors(prefix + "value")) {
                result.rejectValue(prefix + "value", "validation.required");
            } else if (line.getValue() != null && line.getValue().signum() < 0) {
                result.rejectValue(prefix + "value", "item.target.value.negative");
            }
            if (line.getUnit() != null && line.getUnit().length() > 50) {
                result.rejectValue(prefix + "unit", "item.target.unit.tooLong");
            }
            if (line.getYear() != null && (line.getYear() < 1900 || line.getYear() > 2100)) {
                result.rejectValue(prefix + "year", "plan.year.invalid");
            }
            kept.add(
                    new TargetData(line.getId(), line.getIndicator(), line.getValue(), line.getUnit(), line.getYear()));
        }
        if (result.hasErrors()) {
            return targetsPage(id, model);
        }
        List<String> inUse;
        try {
            inUse = items.saveTargets(id, form.getVersion(), kept);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved the targets since this form was read: show what they saved, keep what this user typed.
            TargetsNow now = items.targetsNow(id);
            form.addSavedMeanwhile(now.targets());
            form.setVersion(now.version());
            model.addAttribute("targetsConflict", now);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return targetsPage(id, model);
        }
        if (!inUse.isEmpty()) {
            result.reject("item.target.inUse", new Object[] {String.join("; ", inUse)}, null);
            return targetsPage(id, model);
        }
        redirect.addFlashAttribute("success", "item.targets.saved");
        return "redirect:/action-items/" + id;
    }

    private String targetsPage(long id, Model model) {
        var data = items.data(id);
        model.addAttribute("itemData", data);
        model.addAttribute("plan", plans.view(data.planId()));
        model.addAttribute(
                "section",
                plans.sections(data.planId()).stream()
                        .filter(s -> s.id().equals(data.sectionId()))
                        .findFirst()
                        .orElseThrow());
        return "plan/item/targets";
    }

    /** Search-as-you-type for the agency picker: agencies by name or alias, accents ignored. */
    @GetMapping("/agencies")
    String searchAgencies(@RequestParam(defaultValue = "") String q, @RequestParam String target, Model model) {
        model.addAttribute("agencies", agencies.list(q, PageRequest.of(0, 10)).getContent());
        model.addAttribute("target", target);
        return "plan/item/fragments :: agencyResults";
    }

    /** How the text of one agency role would be read, shown under its box while typing. */
    @PostMapping("/preview/agencies")
    String previewAgencies(
            @RequestParam long planId,
            @RequestParam AgencyRole role,
            @RequestParam Map<String, String> params,
            Model model) {
        String field = switch (role) {
            case LEAD -> "lead";
            case COORDINATING -> "coordinating";
            case SUPPORTING -> "supporting";
        };
        model.addAttribute(
                "resolved",
                agencyLines.of(items.previewAgencies(planId, params.get(field), params.get("timeframeText"))));
        return "fragments/items :: agencyPreview";
    }

    /** How the timeframe would be read, shown under it while typing. */
    @PostMapping("/preview/timeframe")
    String previewTimeframe(
            @RequestParam long planId, @RequestParam(defaultValue = "") String timeframeText, Model model) {
        model.addAttribute("timeframe", items.previewTimeframe(planId, timeframeText));
        return "fragments/items :: timeframePreview";
    }
}

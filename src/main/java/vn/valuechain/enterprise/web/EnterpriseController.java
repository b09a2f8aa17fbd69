package vn.valuechain.enterprise.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.enterprise.EnterpriseFilter;
import vn.valuechain.enterprise.EnterpriseRole;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.enterprise.EnterpriseStatus;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.StaleEditView;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.InUseException;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    private static final Set<String> SORTS = Set.of("name", "taxCode", "inProvince", "status");

    private final EnterpriseService enterprises;
    private final HistoryService history;
    private final StaleEditView staleEdit;
    private final EnterpriseExport export;
    private final Exports exports;
    private final GeoService geo;

    EnterpriseController(
            EnterpriseService enterprises,
            HistoryService history,
            StaleEditView staleEdit,
            EnterpriseExport export,
            Exports exports,
            GeoService geo) {
        this.enterprises = enterprises;
        this.history = history;
        this.staleEdit = staleEdit;
        this.export = export;
        this.exports = exports;
        this.geo = geo;
    }

    @ModelAttribute("roles")
    EnterpriseRole[] roles() {
        return EnterpriseRole.values();
    }

    @ModelAttribute("statuses")
    EnterpriseStatus[] statuses() {
        return EnterpriseStatus.values();
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") EnterpriseFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        Pageable safe = SortableBy.only(pageable, SORTS, Sort.by("name"));
        model.addAttribute("page", enterprises.list(filter, safe, user));
        return "enterprise/list";
    }

    /** The list as filtered and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") EnterpriseFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Sort sort = SortableBy.only(pageable, SORTS, Sort.by("name")).getSort();
        exports.send(export.of(filter, sort, user), format, request, response);
    }

    /** Search-as-you-type for the enterprise picker on other pages (htmx fragment). */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("rows", enterprises.search(q, user));
        model.addAttribute("field", field);
        return "enterprise/picker :: results";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("enterprise", enterprises.details(id, user));
        model.addAttribute("history", history.history(Enterprise.class, id));
        return "enterprise/view";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("enterpriseForm", new EnterpriseForm());
        return "enterprise/form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("enterpriseForm") EnterpriseForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result, user, null);
        if (result.hasErrors()) {
            return "enterprise/form";
        }
        long id = enterprises.create(form.toData(), user);
        redirect.addFlashAttribute("success", "enterprise.saved");
        return "redirect:/enterprises/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        EnterpriseForm form = EnterpriseForm.of(enterprises.details(id, user));
        model.addAttribute("enterpriseForm", form);
        return "enterprise/form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("enterpriseForm") EnterpriseForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // 404 before anything else for a record out of reach
        Long before = enterprises.details(id, user).data().unitId();
        form.setId(id);
        validate(form, result, user, before);
        if (result.hasErrors()) {
            return "enterprise/form";
        }
        try {
            enterprises.update(id, form.getVersion(), form.toData(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            staleEdit
                    .prepare(Enterprise.class, id, form.getVersion(), model, response)
                    .ifPresent(form::setVersion);
            return "enterprise/form";
        }
        redirect.addFlashAttribute("success", "enterprise.saved");
        return "redirect:/enterprises/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            enterprises.delete(id, user);
        } catch (InUseException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("inUse", e.reasonKey());
            return view(id, user, model);
        }
        redirect.addFlashAttribute("success", "enterprise.deleted");
        return "redirect:/enterprises";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        enterprises.close(id, user);
        redirect.addFlashAttribute("success", "enterprise.closed");
        return "redirect:/enterprises/" + id;
    }

    private void validate(EnterpriseForm form, BindingResult result, UnitScopedUser user, Long unitBefore) {
        if (!result.hasFieldErrors("taxCode") && enterprises.taxCodeTaken(form.getTaxCode(), form.getId())) {
            result.rejectValue("taxCode", "enterprise.taxCode.taken");
        }
        if (!enterprises.unitAllowed(form.getUnitId(), user)) {
            result.rejectValue(
                    "unitId", user.isDistrictUser() ? "validation.unit.outsideYours" : "validation.required");
        } else if (!geo.registrable(
                java.util.Collections.singletonList(form.getUnitId()),
                java.util.Collections.singletonList(unitBefore))) {
            result.rejectValue("unitId", "validation.unit.notCurrent");
        }
    }
}

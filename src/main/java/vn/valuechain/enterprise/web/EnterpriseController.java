package vn.valuechain.enterprise.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.PickerChoice;
import vn.valuechain.shared.web.RecordPages;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    private static final SortableBy SORTS = SortableBy.of(Sort.by("name"), "name", "taxCode", "inProvince", "status");

    private final EnterpriseService enterprises;
    private final EnterpriseExport export;
    private final RecordPages.Registry pages;
    private final GeoService geo;

    EnterpriseController(EnterpriseService enterprises, EnterpriseExport export, RecordPages pages, GeoService geo) {
        this.enterprises = enterprises;
        this.export = export;
        this.pages = pages.of("enterprise", "/enterprises", Enterprise.class, enterprises::details);
        this.geo = geo;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", EnterpriseRole.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") EnterpriseFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        return pages.list(model, enterprises.list(filter, SORTS.page(pageable), user));
    }

    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") EnterpriseFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        pages.export(export.of(filter, SORTS.sort(pageable), user), format, request, response);
    }

    /** Search-as-you-type for the enterprise picker on other pages (htmx fragment). */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute(
                "rows",
                enterprises.search(q, user).stream()
                        .map(e -> PickerChoice.of(e.id(), e.name(), e.taxCode(), e.unitName()))
                        .toList());
        model.addAttribute("field", field);
        return "fragments/picker :: results";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("enterprise", enterprises.details(id, user));
        pages.show(id, model);
        return pages.view();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, new EnterpriseForm());
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("enterpriseForm") EnterpriseForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result, user, null);
        return pages.create(result, redirect, () -> enterprises.create(form.toData(), user));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        return pages.form(model, EnterpriseForm.of(enterprises.details(id, user)));
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
        return pages.update(
                form,
                result,
                () -> enterprises.update(id, form.getVersion(), form.toData(), user),
                model,
                response,
                redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.delete(() -> enterprises.delete(id, user), () -> view(id, user, model), model, response, redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        enterprises.close(id, user);
        return pages.toRecord(id, "closed", redirect);
    }

    private void validate(EnterpriseForm form, BindingResult result, UnitScopedUser user, Long unitBefore) {
        if (!result.hasFieldErrors("taxCode") && enterprises.taxCodeTaken(form.getTaxCode(), form.getId())) {
            result.rejectValue("taxCode", "enterprise.taxCode.taken");
        }
        pages.checkUnit(
                result,
                enterprises.unitAllowed(form.getUnitId(), user),
                () -> geo.registrable(
                        java.util.Collections.singletonList(form.getUnitId()),
                        java.util.Collections.singletonList(unitBefore)),
                user);
    }
}

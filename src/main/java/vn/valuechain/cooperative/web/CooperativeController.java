package vn.valuechain.cooperative.web;

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
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeFilter;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.geo.GeoService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.PickerChoice;
import vn.valuechain.shared.web.RecordPages;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/cooperatives")
class CooperativeController {

    private static final SortableBy SORTS =
            SortableBy.of(Sort.by("name"), "name", "type", "status", "members", "registrationCode", "targetPeriod");

    private final CooperativeService cooperatives;
    private final ProductService products;
    private final CooperativeExport export;
    private final RecordPages.Registry pages;
    private final GeoService geo;

    CooperativeController(
            CooperativeService cooperatives,
            ProductService products,
            CooperativeExport export,
            RecordPages pages,
            GeoService geo) {
        this.cooperatives = cooperatives;
        this.products = products;
        this.export = export;
        this.pages = pages.of("cooperative", "/cooperatives", Cooperative.class, cooperatives::details);
        this.geo = geo;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", CooperativeType.values());
        model.addAttribute("statuses", CooperativeStatus.values());
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute("products", products.options());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") CooperativeFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        return pages.list(model, cooperatives.list(filter, SORTS.page(pageable), user));
    }

    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") CooperativeFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        pages.export(export.of(filter, SORTS.sort(pageable), user), format, request, response);
    }

    /** Search-as-you-type for the cooperative picker on other pages (htmx fragment). */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute(
                "rows",
                cooperatives.search(q, user).stream()
                        .map(c -> PickerChoice.of(c.id(), c.name(), c.unitName()))
                        .toList());
        model.addAttribute("field", field);
        return "fragments/picker :: results";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("cooperative", cooperatives.details(id, user));
        pages.show(id, model);
        return pages.view();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, new CooperativeForm());
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("cooperativeForm") CooperativeForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result, user, null);
        return pages.create(result, redirect, () -> cooperatives.create(form.toData(), user));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        return pages.form(model, CooperativeForm.of(cooperatives.details(id, user)));
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("cooperativeForm") CooperativeForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        // 404 before anything else for a record out of reach
        Long before = cooperatives.details(id, user).data().unitId();
        form.setId(id);
        validate(form, result, user, before);
        return pages.update(
                form,
                result,
                () -> cooperatives.update(id, form.getVersion(), form.toData(), user),
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
        return pages.delete(
                () -> cooperatives.delete(id, user), () -> view(id, user, model), model, response, redirect);
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        cooperatives.dissolve(id, user);
        return pages.toRecord(id, "dissolved", redirect);
    }

    private void validate(CooperativeForm form, BindingResult result, UnitScopedUser user, Long unitBefore) {
        if (cooperatives.registrationCodeTaken(form.getRegistrationCode(), form.getId())) {
            result.rejectValue("registrationCode", "cooperative.registrationCode.taken");
        }
        pages.checkUnit(
                result,
                cooperatives.unitAllowed(form.getUnitId(), user),
                () -> geo.registrable(
                        java.util.Collections.singletonList(form.getUnitId()),
                        java.util.Collections.singletonList(unitBefore)),
                user);
        if (form.getMinScaleValue() != null && form.getMinScaleUnit() == null) {
            result.rejectValue("minScaleUnit", "validation.unit.required");
        }
    }
}

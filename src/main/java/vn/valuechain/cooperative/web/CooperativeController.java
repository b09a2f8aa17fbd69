package vn.valuechain.cooperative.web;

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
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeFilter;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.geo.GeoService;
import vn.valuechain.product.ProductService;
import vn.valuechain.product.ProductService.ProductOption;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.StaleEditView;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.InUseException;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/cooperatives")
class CooperativeController {

    private static final Set<String> SORTS =
            Set.of("name", "type", "status", "members", "registrationCode", "targetPeriod");

    private final CooperativeService cooperatives;
    private final ProductService products;
    private final HistoryService history;
    private final StaleEditView staleEdit;
    private final CooperativeExport export;
    private final Exports exports;
    private final GeoService geo;

    CooperativeController(
            CooperativeService cooperatives,
            ProductService products,
            HistoryService history,
            StaleEditView staleEdit,
            CooperativeExport export,
            Exports exports,
            GeoService geo) {
        this.cooperatives = cooperatives;
        this.products = products;
        this.history = history;
        this.staleEdit = staleEdit;
        this.export = export;
        this.exports = exports;
        this.geo = geo;
    }

    @ModelAttribute("types")
    CooperativeType[] types() {
        return CooperativeType.values();
    }

    @ModelAttribute("statuses")
    CooperativeStatus[] statuses() {
        return CooperativeStatus.values();
    }

    @ModelAttribute("units")
    MeasureUnit[] measureUnits() {
        return MeasureUnit.values();
    }

    @ModelAttribute("products")
    java.util.List<ProductOption> products() {
        return products.options();
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") CooperativeFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        Pageable safe = SortableBy.only(pageable, SORTS, Sort.by("name"));
        model.addAttribute("page", cooperatives.list(filter, safe, user));
        return "cooperative/list";
    }

    /** The list as filtered and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") CooperativeFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Sort sort = SortableBy.only(pageable, SORTS, Sort.by("name")).getSort();
        exports.send(export.of(filter, sort, user), format, request, response);
    }

    /** Search-as-you-type for the cooperative picker on other pages (htmx fragment). */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("rows", cooperatives.search(q, user));
        model.addAttribute("field", field);
        return "cooperative/picker :: results";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("cooperative", cooperatives.details(id, user));
        model.addAttribute("history", history.history(Cooperative.class, id));
        return "cooperative/view";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("cooperativeForm", new CooperativeForm());
        return "cooperative/form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("cooperativeForm") CooperativeForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result, user, null);
        if (result.hasErrors()) {
            return "cooperative/form";
        }
        long id = cooperatives.create(form.toData(), user);
        redirect.addFlashAttribute("success", "cooperative.saved");
        return "redirect:/cooperatives/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("cooperativeForm", CooperativeForm.of(cooperatives.details(id, user)));
        return "cooperative/form";
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
        if (result.hasErrors()) {
            return "cooperative/form";
        }
        try {
            cooperatives.update(id, form.getVersion(), form.toData(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            staleEdit
                    .prepare(Cooperative.class, id, form.getVersion(), model, response)
                    .ifPresent(form::setVersion);
            return "cooperative/form";
        }
        redirect.addFlashAttribute("success", "cooperative.saved");
        return "redirect:/cooperatives/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            cooperatives.delete(id, user);
        } catch (InUseException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("inUse", e.reasonKey());
            return view(id, user, model);
        }
        redirect.addFlashAttribute("success", "cooperative.deleted");
        return "redirect:/cooperatives";
    }

    @PostMapping("/{id}/dissolve")
    String dissolve(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        cooperatives.dissolve(id, user);
        redirect.addFlashAttribute("success", "cooperative.dissolved");
        return "redirect:/cooperatives/" + id;
    }

    private void validate(CooperativeForm form, BindingResult result, UnitScopedUser user, Long unitBefore) {
        if (cooperatives.registrationCodeTaken(form.getRegistrationCode(), form.getId())) {
            result.rejectValue("registrationCode", "cooperative.registrationCode.taken");
        }
        if (!cooperatives.unitAllowed(form.getUnitId(), user)) {
            result.rejectValue(
                    "unitId", user.isDistrictUser() ? "validation.unit.outsideYours" : "validation.required");
        } else if (!geo.registrable(
                java.util.Collections.singletonList(form.getUnitId()),
                java.util.Collections.singletonList(unitBefore))) {
            result.rejectValue("unitId", "validation.unit.notCurrent");
        }
        if (form.getMinScaleValue() != null && form.getMinScaleUnit() == null) {
            result.rejectValue("minScaleUnit", "validation.unit.required");
        }
    }
}

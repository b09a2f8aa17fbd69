package vn.valuechain.chain.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import vn.valuechain.chain.AlreadyParticipantException;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ChainDetails;
import vn.valuechain.chain.ChainFilter;
import vn.valuechain.chain.ChainService;
import vn.valuechain.chain.ChainStatus;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.geo.GeoService;
import vn.valuechain.party.PartyKind;
import vn.valuechain.party.PartyLinks;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.PickerChoice;
import vn.valuechain.shared.web.RecordPages;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/chains")
class ChainController {

    private static final SortableBy SORTS =
            SortableBy.of(Sort.by("name"), "name", "status", "plannedScale", "householdsPlanned");

    private final ChainService chains;
    private final ProductService products;
    private final ChainExport export;
    private final RecordPages.Registry pages;
    private final GeoService geo;
    private final PartyLinks partyLinks;

    ChainController(
            ChainService chains,
            ProductService products,
            ChainExport export,
            RecordPages pages,
            GeoService geo,
            PartyLinks partyLinks) {
        this.chains = chains;
        this.products = products;
        this.export = export;
        this.pages = pages.of("chain", "/chains", Chain.class, chains::details);
        this.geo = geo;
        this.partyLinks = partyLinks;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("statuses", ChainStatus.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute("products", products.options());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ChainFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        return pages.list(model, chains.list(filter, SORTS.page(pageable), user));
    }

    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") ChainFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        pages.export(export.of(filter, SORTS.sort(pageable), user), format, request, response);
    }

    /** Search-as-you-type for the chain picker on other pages (htmx fragment). */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute(
                "rows",
                chains.search(q, user).stream()
                        .map(c -> PickerChoice.of(c.id(), c.name(), c.productName()))
                        .toList());
        return "fragments/picker :: results";
    }

    /** "Chains it takes part in" on a cooperative's or an enterprise's page (htmx fragment). */
    @GetMapping("/panel")
    String panel(
            @RequestParam(required = false) Long cooperative,
            @RequestParam(required = false) Long enterprise,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        boolean any = cooperative != null || enterprise != null;
        model.addAttribute("rows", any ? chains.chainsOf(cooperative, enterprise, user) : List.of());
        return "chain/fragments :: panel";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        ChainDetails chain = chains.details(id, user);
        model.addAttribute("chain", chain);
        model.addAttribute(
                "reach",
                partyLinks.reach(
                        user,
                        chain.participants().stream()
                                .map(p -> new PartyLinks.Ref(p.kind(), p.partyId()))
                                .toList(),
                        null));
        // the chain's history includes its participants' (ChainService.history)
        pages.show(id, chains.history(id), model);
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("roles", ParticipantRole.values());
        if (!model.containsAttribute("participantForm")) {
            model.addAttribute("participantForm", new ParticipantForm());
        }
        return pages.view();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, new ChainForm());
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("chainForm") ChainForm form, BindingResult result, RedirectAttributes redirect) {
        validate(form, result, List.of());
        return pages.create(result, redirect, () -> chains.create(form.toData()));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        return pages.form(model, ChainForm.of(chains.details(id, user)));
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("chainForm") ChainForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Long> before = chains.details(id, user).data().unitIds();
        form.setId(id);
        validate(form, result, before);
        return pages.update(
                form, result, () -> chains.update(id, form.getVersion(), form.toData()), model, response, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return pages.delete(() -> chains.delete(id), () -> view(id, user, model), model, response, redirect);
    }

    @PostMapping("/{id}/participants")
    String addParticipant(
            @PathVariable long id,
            @Valid @ModelAttribute("participantForm") ParticipantForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        String missing = form.missingPartyField();
        if (missing != null) {
            result.rejectValue(missing, "validation.required");
        }
        if (result.hasErrors()) {
            return view(id, user, model);
        }
        try {
            chains.addParticipant(id, form.toData());
        } catch (AlreadyParticipantException e) {
            result.rejectValue(form.partyField(), "participant.duplicate");
            return view(id, user, model);
        }
        redirect.addFlashAttribute("success", "participant.added");
        return "redirect:/chains/" + id + "#stages";
    }

    @PostMapping("/{id}/participants/{participantId}/delete")
    String removeParticipant(@PathVariable long id, @PathVariable long participantId, RedirectAttributes redirect) {
        chains.removeParticipant(id, participantId);
        redirect.addFlashAttribute("success", "participant.removed");
        return "redirect:/chains/" + id + "#stages";
    }

    private void validate(ChainForm form, BindingResult result, List<Long> unitsBefore) {
        if (form.getUnitIds() == null || form.getUnitIds().isEmpty()) {
            result.rejectValue("unitIds", "chain.units.required");
        } else if (!geo.registrable(form.getUnitIds(), unitsBefore)) {
            result.rejectValue("unitIds", "validation.unit.notCurrent");
        }
        if (form.getRequiredStages() == null || form.getRequiredStages().isEmpty()) {
            result.rejectValue("requiredStages", "chain.requiredStages.required");
        }
        if (form.getStartedOn() != null
                && form.getEndedOn() != null
                && form.getEndedOn().isBefore(form.getStartedOn())) {
            result.rejectValue("endedOn", "validation.endBeforeStart");
        }
        if (form.getOutputPeriodFrom() != null
                && form.getOutputPeriodTo() != null
                && form.getOutputPeriodTo().isBefore(form.getOutputPeriodFrom())) {
            result.rejectValue("outputPeriodTo", "validation.endBeforeStart");
        }
        if ((form.getPlannedScale() != null || form.getActualScale() != null) && form.getScaleUnit() == null) {
            result.rejectValue("scaleUnit", "validation.unit.required");
        }
        if (form.getPlannedOutput() != null && form.getOutputUnit() == null) {
            result.rejectValue("outputUnit", "validation.unit.required");
        }
        if (form.getBudgetTotal() != null && form.budget().sumOfCategories().compareTo(form.getBudgetTotal()) > 0) {
            result.rejectValue("budgetTotal", "chain.budget.categoriesExceedTotal");
        }
    }
}

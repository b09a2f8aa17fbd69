package vn.valuechain.contract.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.contract.ContractDetails;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractPanel;
import vn.valuechain.contract.ContractService;
import vn.valuechain.contract.ContractState;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.contract.PartyData;
import vn.valuechain.party.PartyKind;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.PickerChoice;
import vn.valuechain.shared.web.RecordPages;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/contracts")
class ContractController {

    private static final SortableBy SORTS = SortableBy.of(
            ContractService.newestFirst(), "number", "type", "signedOn", "startOn", "endOn", "status", "volume");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ContractService contracts;
    private final ProductService products;
    private final ContractExport export;
    private final RecordPages.Registry pages;

    ContractController(ContractService contracts, ProductService products, ContractExport export, RecordPages pages) {
        this.contracts = contracts;
        this.products = products;
        this.export = export;
        this.pages = pages.of("contract", "/contracts", LinkageContract.class, contracts::details);
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ContractFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        var page = contracts.list(filter, SORTS.page(pageable), user);
        model.addAttribute("reach", contracts.linkReach(page.getContent(), user));
        model.addAttribute("today", contracts.today());
        choices(model);
        return pages.list(model, page);
    }

    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") ContractFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        pages.export(export.of(filter, SORTS.sort(pageable), user), format, request, response);
    }

    /** Search-as-you-type for the contract picker ("the contract it renews"), an htmx fragment. */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute(
                "rows",
                contracts.search(q, user).stream()
                        .map(c -> PickerChoice.of(
                                c.id(), c.label(), c.startOn() == null ? null : Exports.date(c.startOn())))
                        .toList());
        model.addAttribute("field", field);
        return "fragments/picker :: results";
    }

    /** The contracts card on a cooperative's, enterprise's or chain's page (htmx fragment). */
    @GetMapping("/panel")
    String panel(
            @RequestParam(required = false) Long cooperative,
            @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) Long chain,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        ContractPanel panel;
        if (cooperative != null) {
            panel = contracts.panelOfCooperative(cooperative, user);
            model.addAttribute("partyKind", PartyKind.COOPERATIVE);
            model.addAttribute("partyId", cooperative);
        } else if (enterprise != null) {
            panel = contracts.panelOfEnterprise(enterprise, user);
            model.addAttribute("partyKind", PartyKind.ENTERPRISE);
            model.addAttribute("partyId", enterprise);
        } else if (chain != null) {
            panel = contracts.panelOfChain(chain, user);
            model.addAttribute("chainId", chain);
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cooperative, enterprise or chain");
        }
        model.addAttribute("panel", panel);
        model.addAttribute("reach", contracts.linkReach(panel.rows(), user));
        return chain != null ? "contract/panel :: chain" : "contract/panel :: party";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        ContractDetails contract = contracts.details(id, user);
        model.addAttribute("contract", contract);
        model.addAttribute("reach", contracts.linkReach(contract, user));
        pages.show(id, contracts.history(id, user), model);
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", new DeliveryForm());
        }
        return pages.view();
    }

    @GetMapping("/new")
    String newForm(
            @RequestParam(name = "chain", required = false) Long chainId,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute(
                "contractForm",
                chainId == null ? new ContractForm() : ContractForm.forChain(contracts.chainOption(chainId, user)));
        choices(model);
        return pages.form();
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        validate(form, result);
        if (result.hasErrors()) {
            choices(model);
        }
        return pages.create(result, redirect, () -> contracts.create(form.toData(), user));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("contractForm", ContractForm.of(contracts.details(id, user)));
        choices(model);
        return pages.form();
    }

    /** A refused save also carries the other person's changes into the fields this person did not touch. */
    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ContractDetails stored = contracts.details(id, user); // 404 before anything else for a record out of reach
        form.setId(id);
        validate(form, result);
        choices(model);
        return pages.update(
                form,
                result,
                () -> contracts.update(id, form.getVersion(), form.toData(), user),
                () -> contracts
                        .rebase(id, form.getVersion(), form.toData(), user)
                        .ifPresent(merged -> form.rebaseOn(merged, stored.names())),
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
        return pages.delete(() -> contracts.delete(id, user), () -> view(id, user, model), model, response, redirect);
    }

    @PostMapping("/{id}/deliveries")
    String addDelivery(
            @PathVariable long id,
            @Valid @ModelAttribute("deliveryForm") DeliveryForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        LocalDate from = contracts.details(id, user).deliveriesFrom();
        if (form.getDeliveredOn() != null
                && from != null
                && form.getDeliveredOn().isBefore(from)) {
            result.rejectValue("deliveredOn", "contract.delivery.beforeStart", new Object[] {DATE.format(from)}, null);
        }
        if (result.hasErrors()) {
            return view(id, user, model);
        }
        contracts.addDelivery(id, form.toData(), user);
        redirect.addFlashAttribute("success", "contract.delivery.saved");
        return "redirect:/contracts/" + id + "#deliveries";
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/delete")
    String deleteDelivery(
            @PathVariable long id,
            @PathVariable long deliveryId,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        contracts.deleteDelivery(id, deliveryId, user);
        redirect.addFlashAttribute("success", "contract.delivery.deleted");
        return "redirect:/contracts/" + id + "#deliveries";
    }

    private void choices(Model model) {
        model.addAttribute("types", ContractType.values());
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("partyKinds", PartyKind.values());
        model.addAttribute("units", MeasureUnit.values());
        model.addAttribute("products", products.options());
    }

    private void validate(ContractForm form, BindingResult result) {
        if (contracts.numberTaken(form.getNumber(), form.getId())) {
            result.rejectValue("number", "contract.number.taken");
        }
        if (form.endsBeforeItStarts()) {
            result.rejectValue("endOn", "validation.endBeforeStart");
        }
        if (ContractState.signedAfterEnd(form.getSignedOn(), form.getEndOn())) {
            result.rejectValue("signedOn", "contract.signedOn.afterEnd");
        }
        if (form.ended() && form.getStatusChangedOn() == null) {
            result.rejectValue("statusChangedOn", "contract.statusChangedOn.required");
        }
        if (form.ended()
                && form.getStatusChangedOn() != null
                && form.getSignedOn() != null
                && form.getStatusChangedOn().isBefore(form.getSignedOn())) {
            result.rejectValue("statusChangedOn", "contract.statusChangedOn.beforeSigned");
        }
        if (form.getVolume() != null && form.getVolumeUnit() == null) {
            result.rejectValue("volumeUnit", "validation.unit.required");
        }
        validateParty("seller", form.toData().seller(), result);
        validateParty("buyer", form.toData().buyer(), result);
        if (form.toData().seller().sameRecordAs(form.toData().buyer())) {
            result.rejectValue("buyerKind", "contract.party.same");
        }
        if (form.getRenewsId() != null && contracts.renewalLoop(form.getId(), form.getRenewsId())) {
            result.rejectValue("renewsLabel", "contract.renews.loop");
        } else if (contracts.renewsAnotherSeller(
                form.getRenewsId(), form.toData().seller())) {
            result.rejectValue("renewsId", "contract.renews.anotherSeller");
        }
    }

    private static void validateParty(String side, PartyData party, BindingResult result) {
        if (party.kind() == null) {
            return; // @NotNull has said so
        }
        switch (party.kind()) {
            case COOPERATIVE -> {
                if (party.cooperativeId() == null) {
                    result.rejectValue(side + "CooperativeId", "contract.party.cooperative.required");
                }
            }
            case ENTERPRISE -> {
                if (party.enterpriseId() == null) {
                    result.rejectValue(side + "EnterpriseId", "contract.party.enterprise.required");
                }
            }
            case HOUSEHOLDS -> {
                if (party.householdsName() == null) {
                    result.rejectValue(side + "HouseholdsName", "validation.required");
                }
            }
        }
    }
}

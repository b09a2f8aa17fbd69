package vn.valuechain.contract.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.contract.ContractDetails;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractService;
import vn.valuechain.contract.ContractState;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.contract.PartyData;
import vn.valuechain.party.PartyKind;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.history.StaleEditView;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.InUseException;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/contracts")
class ContractController {

    private static final Set<String> SORTS =
            Set.of("number", "type", "signedOn", "startOn", "endOn", "status", "volume");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ContractService contracts;
    private final ProductService products;
    private final StaleEditView staleEdit;
    private final ContractExport export;
    private final Exports exports;

    ContractController(
            ContractService contracts,
            ProductService products,
            StaleEditView staleEdit,
            ContractExport export,
            Exports exports) {
        this.contracts = contracts;
        this.products = products;
        this.staleEdit = staleEdit;
        this.export = export;
        this.exports = exports;
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") ContractFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        Pageable safe = SortableBy.only(pageable, SORTS, ContractService.newestFirst());
        model.addAttribute("page", contracts.list(filter, safe, user));
        model.addAttribute("today", contracts.today());
        choices(model);
        return "contract/list";
    }

    /** The list as filtered and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") ContractFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        Pageable safe = SortableBy.only(pageable, SORTS, ContractService.newestFirst());
        exports.send(export.of(filter, safe.getSort(), user), format, request, response);
    }

    /** Search-as-you-type for the contract picker ("the contract it renews"), an htmx fragment. */
    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam String field,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("rows", contracts.search(q, user));
        model.addAttribute("field", field);
        return "contract/picker :: results";
    }

    /** The contracts card on a cooperative's, enterprise's or chain's page (htmx fragment). */
    @GetMapping("/panel")
    String panel(
            @RequestParam(required = false) Long cooperative,
            @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) Long chain,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        if (cooperative != null) {
            model.addAttribute("panel", contracts.panelOfCooperative(cooperative, user));
            model.addAttribute("partyKind", PartyKind.COOPERATIVE);
            model.addAttribute("partyId", cooperative);
        } else if (enterprise != null) {
            model.addAttribute("panel", contracts.panelOfEnterprise(enterprise, user));
            model.addAttribute("partyKind", PartyKind.ENTERPRISE);
            model.addAttribute("partyId", enterprise);
        } else if (chain != null) {
            model.addAttribute("panel", contracts.panelOfChain(chain, user));
            model.addAttribute("chainId", chain);
            return "contract/panel :: chain";
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "cooperative, enterprise or chain");
        }
        return "contract/panel :: party";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("contract", contracts.details(id, user));
        model.addAttribute("history", contracts.history(id, user));
        if (!model.containsAttribute("deliveryForm")) {
            model.addAttribute("deliveryForm", new DeliveryForm());
        }
        return "contract/view";
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
        return "contract/form";
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
            return "contract/form";
        }
        long id = contracts.create(form.toData(), user);
        redirect.addFlashAttribute("success", "contract.saved");
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("contractForm", ContractForm.of(contracts.details(id, user)));
        choices(model);
        return "contract/form";
    }

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
        if (result.hasErrors()) {
            return "contract/form";
        }
        try {
            contracts.update(id, form.getVersion(), form.toData(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            contracts
                    .rebase(id, form.getVersion(), form.toData(), user)
                    .ifPresent(merged -> form.rebaseOn(merged, stored.names()));
            staleEdit
                    .prepare(LinkageContract.class, id, form.getVersion(), model, response)
                    .ifPresent(form::setVersion);
            return "contract/form";
        }
        redirect.addFlashAttribute("success", "contract.saved");
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(
            @PathVariable long id,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            contracts.delete(id, user);
        } catch (InUseException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("inUse", e.reasonKey());
            return view(id, user, model);
        }
        redirect.addFlashAttribute("success", "contract.deleted");
        return "redirect:/contracts";
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

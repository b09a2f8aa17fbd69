package vn.valuechain.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationRow;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.certification.CertificationValidity;
import vn.valuechain.party.PartyKind;
import vn.valuechain.product.ProductService;
import vn.valuechain.product.ProductService.ProductOption;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.StaleEditView;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/certifications")
class CertificationController {

    private static final Set<String> SORTS = Set.of("type", "number", "validFrom", "validTo", "status");

    private final CertificationService certifications;
    private final ProductService products;
    private final HistoryService history;
    private final StaleEditView staleEdit;
    private final CertificationExport export;
    private final Exports exports;

    CertificationController(
            CertificationService certifications,
            ProductService products,
            HistoryService history,
            StaleEditView staleEdit,
            CertificationExport export,
            Exports exports) {
        this.certifications = certifications;
        this.products = products;
        this.history = history;
        this.staleEdit = staleEdit;
        this.export = export;
        this.exports = exports;
    }

    @ModelAttribute("types")
    CertificationType[] types() {
        return CertificationType.values();
    }

    @ModelAttribute("statuses")
    CertificationStatus[] statuses() {
        return CertificationStatus.values();
    }

    @ModelAttribute("holderKinds")
    PartyKind[] holderKinds() {
        return PartyKind.values();
    }

    @ModelAttribute("products")
    List<ProductOption> products() {
        return products.options();
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") CertificationFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("page", certifications.list(filter, safe(pageable), user));
        model.addAttribute("expiryDays", CertificationValidity.EXPIRY_WARNING_DAYS);
        return "certification/list";
    }

    /** The list as filtered and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") CertificationFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(filter, safe(pageable).getSort(), user), format, request, response);
    }

    private static Pageable safe(Pageable pageable) {
        return SortableBy.only(pageable, SORTS, Sort.by(Sort.Order.asc("validTo"), Sort.Order.asc("type")));
    }

    /**
     * The certificates panel of a cooperative's, an enterprise's or a chain's record page (htmx fragment),
     * named by exactly one of the three parameters.
     */
    @GetMapping("/panel")
    String panel(
            @RequestParam(required = false) Long cooperative,
            @RequestParam(required = false) Long enterprise,
            @RequestParam(required = false) Long chain,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        List<CertificationRow> rows;
        if (cooperative != null && enterprise == null && chain == null) {
            rows = certifications.ofCooperative(cooperative, user);
        } else if (enterprise != null && cooperative == null && chain == null) {
            rows = certifications.ofEnterprise(enterprise, user);
        } else if (chain != null && cooperative == null && enterprise == null) {
            rows = certifications.ofChain(chain, user);
        } else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("rows", rows);
        // A chain's certificates belong to several participants, so that panel names each holder.
        model.addAttribute("showHolder", chain != null);
        return "certification/panel :: panel";
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        model.addAttribute("certification", certifications.details(id, user));
        model.addAttribute("history", history.history(Certification.class, id));
        return "certification/view";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("certificationForm", new CertificationForm());
        return "certification/form";
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("certificationForm") CertificationForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result);
        if (result.hasErrors()) {
            return "certification/form";
        }
        long id = certifications.create(form.toData(), user);
        redirect.addFlashAttribute("success", "certification.saved");
        return "redirect:/certifications/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        CertificationForm form = CertificationForm.of(certifications.details(id, user));
        model.addAttribute("certificationForm", form);
        return "certification/form";
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("certificationForm") CertificationForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        certifications.details(id, user); // 404 before anything else for a record out of reach
        form.setId(id);
        validate(form, result);
        if (result.hasErrors()) {
            return "certification/form";
        }
        try {
            certifications.update(id, form.getVersion(), form.toData(), user);
        } catch (ObjectOptimisticLockingFailureException e) {
            staleEdit
                    .prepare(Certification.class, id, form.getVersion(), model, response)
                    .ifPresent(form::setVersion);
            return "certification/form";
        }
        redirect.addFlashAttribute("success", "certification.saved");
        return "redirect:/certifications/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        certifications.delete(id, user);
        redirect.addFlashAttribute("success", "certification.deleted");
        return "redirect:/certifications";
    }

    private static void validate(CertificationForm form, BindingResult result) {
        if (form.getType() == CertificationType.OCOP && form.getOcopStars() == null) {
            result.rejectValue("ocopStars", "certification.ocopStars.required");
        }
        if (form.getType() != null && form.getType() != CertificationType.OCOP && form.getOcopStars() != null) {
            result.rejectValue("ocopStars", "certification.ocopStars.onlyOcop");
        }
        if (form.getHolderKind() == PartyKind.COOPERATIVE && form.getCooperativeId() == null) {
            result.rejectValue("cooperativeId", "certification.holder.cooperative.required");
        }
        if (form.getHolderKind() == PartyKind.ENTERPRISE && form.getEnterpriseId() == null) {
            result.rejectValue("enterpriseId", "certification.holder.enterprise.required");
        }
        if (form.getHolderKind() == PartyKind.HOUSEHOLDS
                && (form.getHouseholdsName() == null || form.getHouseholdsName().isBlank())) {
            result.rejectValue("householdsName", "validation.required");
        }
        if (form.getValidFrom() != null
                && form.getValidTo() != null
                && form.getValidTo().isBefore(form.getValidFrom())) {
            result.rejectValue("validTo", "validation.endBeforeStart");
        }
    }
}

package vn.valuechain.certification.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationRow;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.certification.CertificationValidity;
import vn.valuechain.party.PartyKind;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.RecordPages;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/certifications")
class CertificationController {

    private static final SortableBy SORTS = SortableBy.of(
            Sort.by(Sort.Order.asc("validTo"), Sort.Order.asc("type")),
            "type",
            "number",
            "validFrom",
            "validTo",
            "status");

    private final CertificationService certifications;
    private final ProductService products;
    private final CertificationExport export;
    private final RecordPages.Registry pages;

    CertificationController(
            CertificationService certifications,
            ProductService products,
            CertificationExport export,
            RecordPages pages) {
        this.certifications = certifications;
        this.products = products;
        this.export = export;
        this.pages = pages.of("certification", "/certifications", Certification.class, certifications::details);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", CertificationType.values());
        model.addAttribute("statuses", CertificationStatus.values());
        model.addAttribute("holderKinds", PartyKind.values());
        model.addAttribute("products", products.options());
    }

    @GetMapping
    String list(
            @ModelAttribute("filter") CertificationFilter filter,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        model.addAttribute("expiryDays", CertificationValidity.EXPIRY_WARNING_DAYS);
        return pages.list(model, certifications.list(filter, SORTS.page(pageable), user));
    }

    @GetMapping(params = "format")
    void export(
            @ModelAttribute("filter") CertificationFilter filter,
            @RequestParam String format,
            @PageableDefault(size = 20) Pageable pageable,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletRequest request,
            HttpServletResponse response) {
        pages.export(export.of(filter, SORTS.sort(pageable), user), format, request, response);
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
        pages.show(id, model);
        return pages.view();
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return pages.form(model, new CertificationForm());
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("certificationForm") CertificationForm form,
            BindingResult result,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        validate(form, result);
        return pages.create(result, redirect, () -> certifications.create(form.toData(), user));
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        return pages.form(model, CertificationForm.of(certifications.details(id, user)));
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
        return pages.update(
                form,
                result,
                () -> certifications.update(id, form.getVersion(), form.toData(), user),
                model,
                response,
                redirect);
    }

    /** Nothing refers to a certificate, so its delete is never refused. */
    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, RedirectAttributes redirect) {
        certifications.delete(id, user);
        return pages.toList("deleted", redirect);
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

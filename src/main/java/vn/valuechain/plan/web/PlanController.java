package vn.valuechain.plan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.Framework;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ExportFormat;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.AttachmentPages;
import vn.valuechain.shared.web.ReferenceDate;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/plans")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanController {
    /** The sort orders the list offers (others in ?sort= fall back to the default), also for its export. */
    private static final SortableBy SORTS =
            SortableBy.of(Sort.by(Sort.Direction.DESC, "issuedOn"), "documentNumber", "issuedOn");

    private final PlanService plans;
    private final PlanExport export;
    private final FrameworkLayoutExport layout;
    private final Exports exports;
    private final AttachmentPages attachmentPages;
    private final ReferenceDate referenceDate;

    /** The plan's documents (the signed plan, its appendices). */
    private AttachmentPages.Attached attachments() {
        return attachmentPages.of("plan", "/plans");
    }

    @GetMapping
    String list(
            @PageableDefault(size = 20, sort = "issuedOn", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        model.addAttribute("page", plans.list(SORTS.page(pageable)));
        return "plan/list";
    }

    /** The list as sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam String format,
            @PageableDefault(size = 20, sort = "issuedOn", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(SORTS.sort(pageable)), format, request, response);
    }

    /** The framework as the government table, with each item's status on the reference date. */
    @GetMapping("/{id}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate on,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        LocalDate date = referenceDate.orToday(on);
        model.addAttribute("framework", plans.framework(id, user, date));
        model.addAttribute("on", date);
        model.addAttribute("statuses", ItemStatus.values());
        attachments().show(id, model);
        return "plan/show";
    }

    /** The plan's documents (the signed plan, its appendices): added by the office, read by everyone. */
    @PostMapping("/{id}/attachments")
    String attach(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        plans.view(id);
        return attachments().add(id, file, redirect);
    }

    @GetMapping("/{id}/attachments/{fileId}")
    void attachment(@PathVariable long id, @PathVariable long fileId, HttpServletResponse response) throws IOException {
        plans.view(id);
        attachments().download(id, fileId, response);
    }

    @PostMapping("/{id}/attachments/{fileId}/delete")
    String detach(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        plans.view(id);
        return attachments().remove(id, fileId, redirect);
    }

    /** The framework in its government layout as a spreadsheet; a DISTRICT user gets the items of their unit. */
    @GetMapping("/{id}/export.xlsx")
    void exportXlsx(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, HttpServletResponse response)
            throws IOException {
        Framework framework = plans.framework(id, user, referenceDate.orToday(null));
        Exports.attachment(
                response, FrameworkLayoutExport.fileName(framework.plan()) + ".xlsx", ExportFormat.XLSX.mediaType());
        try (OutputStream out = response.getOutputStream()) {
            layout.xlsx(framework, out);
        }
    }

    /** The same, printable: A4 landscape. */
    @GetMapping("/{id}/export.pdf")
    void exportPdf(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, HttpServletResponse response)
            throws IOException {
        Framework framework = plans.framework(id, user, referenceDate.orToday(null));
        Exports.attachment(
                response, FrameworkLayoutExport.fileName(framework.plan()) + ".pdf", MediaType.APPLICATION_PDF_VALUE);
        try (OutputStream out = response.getOutputStream()) {
            layout.pdf(framework, out);
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("planForm", new PlanForm());
        return form(null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.setId(null);
        return save(form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("planForm", PlanForm.of(plans.view(id)));
        return form(id, model);
    }

    @PostMapping("/{id}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        plans.view(id);
        form.setId(id);
        return save(form, result, model, redirect);
    }

    private String save(PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getDocumentNumber() != null
                && !form.getDocumentNumber().isBlank()
                && plans.documentNumberTaken(form.getDocumentNumber(), form.getId())) {
            result.rejectValue("documentNumber", "plan.documentNumber.taken");
        }
        String provinceProblem = plans.provinceProblem(form.getProvinceId());
        if (provinceProblem != null) {
            result.rejectValue("provinceId", provinceProblem);
        }
        if (form.getPeriodStartYear() != null
                && form.getPeriodEndYear() != null
                && form.getPeriodEndYear() < form.getPeriodStartYear()) {
            result.rejectValue("periodEndYear", "plan.period.endBeforeStart");
        }
        if (form.getAmendsId() != null
                && plans.others(form.getId()).stream().noneMatch(p -> p.id().equals(form.getAmendsId()))) {
            result.rejectValue("amendsId", "plan.amends.invalid");
        }
        if (result.hasErrors()) {
            return form(form.getId(), model);
        }
        Plan plan = plans.save(form.toData());
        redirect.addFlashAttribute("success", "plan.saved");
        return "redirect:/plans/" + plan.getId();
    }

    private String form(Long id, Model model) {
        model.addAttribute("otherPlans", plans.others(id));
        return "plan/form";
    }

    @GetMapping("/{id}/sections/new")
    String newSection(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.view(id));
        model.addAttribute("sectionForm", new SectionForm());
        return "plan/section-form";
    }

    @PostMapping("/{id}/sections/new")
    String createSection(
            @PathVariable long id,
            @Valid @ModelAttribute("sectionForm") SectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("plan", plans.view(id));
        if (form.getCode() != null && !form.getCode().isBlank() && plans.sectionCodeTaken(id, form.getCode())) {
            result.rejectValue("code", "plan.section.code.taken");
        }
        if (form.getChainId() != null
                && form.getChainId() > 0
                && plans.chainNames(List.of(form.getChainId())).isEmpty()) {
            result.rejectValue("chainId", "plan.section.chainId.unknown");
        }
        if (result.hasErrors()) {
            return "plan/section-form";
        }
        plans.addSection(id, form.toData());
        redirect.addFlashAttribute("success", "plan.section.saved");
        return "redirect:/plans/" + id;
    }
}

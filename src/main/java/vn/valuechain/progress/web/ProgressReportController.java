package vn.valuechain.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.plan.FrameworkRows.TargetRow;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.progress.ReportRow;
import vn.valuechain.progress.ReportStateException;
import vn.valuechain.progress.ReportStatus;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;
import vn.valuechain.shared.web.AttachmentPages;
import vn.valuechain.shared.web.NotFoundException;
import vn.valuechain.shared.web.ReferenceDate;
import vn.valuechain.shared.web.SortableBy;

@Controller
@RequestMapping("/progress-reports")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProgressReportController {
    /** The sort orders the list offers (others in ?sort= fall back to the default), also for its export. */
    private static final SortableBy SORTS = SortableBy.of(Sort.by(Sort.Direction.DESC, "submittedAt"), "submittedAt");

    /** The list's filter meaning "every status". */
    private static final String ALL = "ALL";

    private final ProgressReportService reports;
    private final ProgressReportExport export;
    private final Exports exports;
    private final AttachmentPages attachmentPages;
    private final ReferenceDate referenceDate;

    /** The report's annexes. */
    private AttachmentPages.Attached attachments() {
        return attachmentPages.of("progress_report", "/progress-reports");
    }

    @ModelAttribute("periodTypes")
    ReportPeriodType[] periodTypes() {
        return ReportPeriodType.values();
    }

    /** The office starts on its queue of submitted reports; a district official on all of their unit's. */
    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long item,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable,
            Model model) {
        String chosen = chosen(status, user);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("page", reports.list(filter(chosen), item, user, SORTS.page(pageable)));
        return "progress/list";
    }

    /** The list under its status tab and sort, every page, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Long item,
            @RequestParam String format,
            @AuthenticationPrincipal UnitScopedUser user,
            @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC) Pageable pageable,
            HttpServletRequest request,
            HttpServletResponse response) {
        TableExport table = export.of(filter(chosen(status, user)), item, SORTS.sort(pageable), user);
        exports.send(table, format, request, response);
    }

    /** The tab shown: as asked, else the office's queue of submitted reports or a district's every report. */
    private static String chosen(String status, UnitScopedUser user) {
        return status != null ? status : user.isDistrictUser() ? ALL : ReportStatus.SUBMITTED.name();
    }

    /** The status of the tab; a tab that does not exist ({@code ?status=BOGUS}) is a bad request. */
    private static ReportStatus filter(String chosen) {
        if (ALL.equals(chosen)) {
            return null;
        }
        return Arrays.stream(ReportStatus.values())
                .filter(s -> s.name().equals(chosen))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such status tab"));
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        ReportRow row = reports.row(id, user);
        model.addAttribute("report", row);
        model.addAttribute("targets", reports.targets(row.itemId()));
        model.addAttribute("values", reports.values(id));
        model.addAttribute("text", reports.text(id));
        model.addAttribute("ownUnit", row.unitId().equals(user.getUnitId()));
        attachments().show(id, model);
        return "progress/show";
    }

    /** Annexes of a report: added and removed by its unit while it can be changed (a draft or returned). */
    @PostMapping("/{id:\\d+}/attachments")
    String attach(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        reports.requireEditable(id, user);
        return attachments().add(id, file, redirect);
    }

    @GetMapping("/{id:\\d+}/attachments/{fileId}")
    void attachment(
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletResponse response)
            throws IOException {
        reports.row(id, user);
        attachments().download(id, fileId, response);
    }

    @PostMapping("/{id:\\d+}/attachments/{fileId}/delete")
    String detach(
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        reports.requireEditable(id, user);
        return attachments().remove(id, fileId, redirect);
    }

    @GetMapping("/new")
    String newForm(@RequestParam("item") long itemId, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        reports.requireReportable(itemId, user);
        ProgressReportForm form = new ProgressReportForm();
        form.setItemId(itemId);
        form.setUnitId(user.getUnitId());
        ReportPeriod current = ReportPeriod.quarterOf(referenceDate.orToday(null));
        form.setPeriodType(current.type());
        form.setPeriodYear(current.year());
        form.setPeriodNumber(current.number());
        List<TargetRow> targets = reports.targets(itemId);
        targets.forEach(t -> form.getValues().add(line(t.id(), null)));
        model.addAttribute("progressReportForm", form);
        return form(itemId, targets, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("progressReportForm") ProgressReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.getItemId() == null) {
            throw new NotFoundException("ActionItem", null);
        }
        reports.requireReportable(form.getItemId(), user);
        form.setId(null);
        if (!checkPeriod(form, user, result)) {
            return form(form.getItemId(), reports.targets(form.getItemId()), model);
        }
        ProgressReport report = reports.create(form.toData(), user, "submit".equals(action));
        redirect.addFlashAttribute("success", "submit".equals(action) ? "report.submitted" : "report.saved");
        return "redirect:/progress-reports/" + report.getId();
    }

    @GetMapping("/{id:\\d+}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal UnitScopedUser user, Model model) {
        ReportRow row = ownRow(id, user);
        ProgressReportForm form = new ProgressReportForm();
        form.setId(id);
        form.setVersion(row.version());
        form.setItemId(row.itemId());
        form.setUnitId(row.unitId());
        form.setPeriodType(row.periodType());
        form.setPeriodYear(row.periodYear());
        form.setPeriodNumber(row.periodNumber());
        form.setPercentComplete(row.percentComplete());
        ProgressReportService.ReportText text = reports.text(id);
        form.setNarrative(text.narrative());
        form.setDifficulties(text.difficulties());
        form.setProposals(text.proposals());
        Map<Long, BigDecimal> values = reports.values(id);
        List<TargetRow> targets = reports.targets(row.itemId());
        targets.forEach(t -> form.getValues().add(line(t.id(), values.get(t.id()))));
        model.addAttribute("progressReportForm", form);
        model.addAttribute("report", row);
        return form(row.itemId(), targets, model);
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("progressReportForm") ProgressReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        ReportRow row = ownRow(id, user);
        form.setId(id);
        form.setItemId(row.itemId());
        if (!checkPeriod(form, user, result)) {
            model.addAttribute("report", row);
            return form(row.itemId(), reports.targets(row.itemId()), model);
        }
        reports.update(id, form.toData(), user, "submit".equals(action));
        redirect.addFlashAttribute("success", "submit".equals(action) ? "report.submitted" : "report.saved");
        return "redirect:/progress-reports/" + id;
    }

    @PostMapping("/{id:\\d+}/submit")
    String submit(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        reports.submit(id, version, user);
        redirect.addFlashAttribute("success", "report.submitted");
        return "redirect:/progress-reports/" + id;
    }

    @PostMapping("/{id:\\d+}/return")
    String returnReport(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        if (comment.isBlank()) {
            model.addAttribute("commentError", "report.return.commentRequired");
            return show(id, user, model);
        }
        reports.returnReport(id, version, comment, user);
        redirect.addFlashAttribute("success", "report.returned");
        return "redirect:/progress-reports/" + id;
    }

    @PostMapping("/{id:\\d+}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        reports.accept(id, version, comment, user);
        redirect.addFlashAttribute("success", "report.accepted");
        return "redirect:/progress-reports/" + id;
    }

    /** A step the report's status does not allow (it was accepted meanwhile, say): a conflict, explained. */
    @ExceptionHandler(ReportStateException.class)
    String refused(ReportStateException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("reportStatus", e.getStatus());
        return "progress/refused";
    }

    /** A report of the DISTRICT user's own unit; any other is not found for them. */
    private ReportRow ownRow(long id, UnitScopedUser user) {
        ReportRow row = reports.row(id, user);
        if (!row.unitId().equals(user.getUnitId())) {
            throw new NotFoundException("ProgressReport", id);
        }
        return row;
    }

    private boolean checkPeriod(ProgressReportForm form, UnitScopedUser user, BindingResult result) {
        if (!result.hasFieldErrors("periodType")
                && !result.hasFieldErrors("periodYear")
                && !result.hasFieldErrors("periodNumber")) {
            ReportPeriod period = form.period();
            if (!period.isValid()) {
                result.rejectValue("periodNumber", "report.period.invalid");
            } else if (user.getUnitId() != null
                    && reports.periodTaken(form.getItemId(), user.getUnitId(), period, form.getId())) {
                result.rejectValue("periodNumber", "report.period.taken");
            }
        }
        return !result.hasErrors();
    }

    private String form(long itemId, List<TargetRow> targets, Model model) {
        model.addAttribute("item", reports.itemRow(itemId));
        model.addAttribute("targets", targets);
        return "progress/form";
    }

    private static ProgressReportForm.ValueLine line(Long targetId, BigDecimal actual) {
        ProgressReportForm.ValueLine line = new ProgressReportForm.ValueLine();
        line.setTargetId(targetId);
        line.setActual(actual);
        return line;
    }
}

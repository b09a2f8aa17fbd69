package vn.valuechain.deleted.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.deleted.DeletedRecordType;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.RestoreService;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.web.NotFoundException;

/** Deleted registry records, kept in the change history, and their restoring (ADMIN only, see the URL rules). */
@Controller
@RequestMapping("/admin/deleted")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeletedRecordsController {

    private final HistoryService history;
    private final RestoreService restore;
    private final DeletedRecordsExport export;
    private final Exports exports;

    @GetMapping
    String list(@RequestParam(defaultValue = "COOPERATIVE") DeletedRecordType type, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("types", DeletedRecordType.values());
        model.addAttribute("records", history.deleted(type.entity()));
        return "deleted/list";
    }

    /** The tab shown, as {@code ?format=xlsx} or {@code csv}. */
    @GetMapping(params = "format")
    void export(
            @RequestParam(defaultValue = "COOPERATIVE") DeletedRecordType type,
            @RequestParam String format,
            HttpServletRequest request,
            HttpServletResponse response) {
        exports.send(export.of(type), format, request, response);
    }

    @PostMapping("/{type}/{id}/restore")
    String restore(@PathVariable DeletedRecordType type, @PathVariable long id, RedirectAttributes redirect) {
        try {
            restore.restore(type.entity(), type.table(), id);
        } catch (IllegalStateException e) {
            throw new NotFoundException(type.name(), id);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("failure", "deleted.restore.refused");
            return "redirect:/admin/deleted?type=" + type;
        }
        redirect.addFlashAttribute("success", "deleted.restored");
        return "redirect:" + type.page(id);
    }
}

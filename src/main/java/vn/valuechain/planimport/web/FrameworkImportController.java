package vn.valuechain.planimport.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.plan.PlanService;
import vn.valuechain.planimport.FrameworkImportService;
import vn.valuechain.planimport.FrameworkImportService.Preview;
import vn.valuechain.planimport.FrameworkTableParser.Problem;
import vn.valuechain.planimport.FrameworkTableParser.Where;
import vn.valuechain.shared.imports.PendingUploads;
import vn.valuechain.shared.table.TableFile;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;

/**
 * The framework from the government table: upload, a dry run to read through, then apply. The upload waits in the
 * database between the two (any server may apply it), named by a token in the apply form, and is read again on
 * apply, so what is written is what the table says then.
 */
@Controller
@RequestMapping("/plans/{id}/import")
class FrameworkImportController {

    static final String KIND = "plan-framework";

    private final FrameworkImportService imports;
    private final PlanService plans;
    private final PendingUploads uploads;
    private final MessageSource messages;

    FrameworkImportController(
            FrameworkImportService imports, PlanService plans, PendingUploads uploads, MessageSource messages) {
        this.imports = imports;
        this.plans = plans;
        this.uploads = uploads;
        this.messages = messages;
    }

    /** The uploaded file, kept for the apply step. */
    record Upload(String fileName, byte[] content) {}

    @GetMapping
    String form(@PathVariable long id, Model model) {
        model.addAttribute("plan", plans.view(id));
        return "planimport/import";
    }

    @PostMapping
    String preview(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Principal user,
            Model model)
            throws IOException {
        model.addAttribute("plan", plans.view(id));
        Upload upload = new Upload(
                file == null ? "" : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
        TableFile table = read(upload, model);
        if (table == null) {
            return "planimport/import";
        }
        show(imports.preview(id, table), upload, model);
        model.addAttribute(
                "token",
                uploads.keep(user.getName(), KIND, Long.toString(id), upload.fileName(), upload.content(), null));
        return "planimport/import";
    }

    @PostMapping("/apply")
    String apply(
            @PathVariable long id,
            @RequestParam(required = false) String token,
            Principal user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("plan", plans.view(id));
        Optional<PendingUploads.Pending> pending = token == null
                ? Optional.empty()
                : uploads.get(token, user.getName())
                        .filter(p -> p.kind().equals(KIND) && p.subject().equals(Long.toString(id)));
        if (pending.isEmpty()) {
            model.addAttribute("fileError", label("plan.import.expired"));
            return "planimport/import";
        }
        Upload upload = new Upload(pending.get().fileName(), pending.get().content());
        TableFile table = read(upload, model);
        if (table == null) {
            return "planimport/import";
        }
        Preview result = imports.apply(id, table);
        if (!result.problems().isEmpty()) {
            show(result, upload, model);
            return "planimport/import";
        }
        uploads.claim(token, user.getName());
        // The result describes the plan as it was before: nothing to apply then means nothing was written.
        redirect.addFlashAttribute("success", result.canApply() ? "plan.import.applied" : "plan.import.nothingToDo");
        return "redirect:/plans/" + id;
    }

    private TableFile read(Upload upload, Model model) {
        try {
            return TableReader.read(upload.fileName(), upload.content(), TableReader.Limits.DEFAULT);
        } catch (TableFileException e) {
            model.addAttribute("fileError", label(e.messageKey(), e.args()));
            return null;
        }
    }

    private void show(Preview preview, Upload upload, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute(
                "problems", preview.problems().stream().map(this::problem).toList());
    }

    /** "Bảng 1, dòng 14: …", or the message alone for the whole file. */
    private String problem(Problem p) {
        String message = label(p.messageKey(), p.args());
        return p.where() == null ? message : where(p.where()) + ": " + message;
    }

    private String where(Where w) {
        return label("plan.import.where." + w.kind(), w.sheet(), String.valueOf(w.row()));
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

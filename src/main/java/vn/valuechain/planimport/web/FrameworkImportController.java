package vn.valuechain.planimport.web;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import vn.valuechain.planimport.FrameworkImportService.Choices;
import vn.valuechain.planimport.FrameworkImportService.Preview;
import vn.valuechain.planimport.Problem;
import vn.valuechain.planimport.Where;
import vn.valuechain.shared.imports.PendingUploads;
import vn.valuechain.shared.table.TableFile;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;

/**
 * A plan's tables (framework, cooperatives to found or consolidate) from a file: upload, a dry run to read through and
 * answer (a header's columns, a section's chain, a group's product), as often as needed, then apply. The upload waits
 * in the database between the steps (any server may take the next one), named by a token in the page's forms, and is
 * read again each time, so what is written is what the table says then; the answers travel with the forms
 * ({@code col.<header>.<index>}, {@code chain.<section>}, {@code product.<key>}).
 */
@Controller
@RequestMapping("/plans/{id}/import")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FrameworkImportController {

    static final String KIND = "plan-framework";
    private static final List<String> CHOICES = List.of("col.", "chain.", "product.");

    private final FrameworkImportService imports;
    private final PlanService plans;
    private final PendingUploads uploads;
    private final MessageSource messages;

    /** The uploaded file, kept for the later steps. */
    record Upload(String fileName, byte[] content) {}

    /** An answer of the dry run, sent again with the next step. */
    record Answer(String name, String value) {}

    /** A kept upload (named by its token) read again, with the answers sent for it. */
    private record Step(String token, Upload upload, TableFile table, List<Answer> answers) {}

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
        show(imports.preview(id, table, Choices.NONE), upload, List.of(), model);
        model.addAttribute(
                "token",
                uploads.keep(user.getName(), KIND, Long.toString(id), upload.fileName(), upload.content(), null));
        return "planimport/import";
    }

    /** The dry run again with the user's answers. */
    @PostMapping("/review")
    String review(@PathVariable long id, @RequestParam Map<String, String> params, Principal user, Model model) {
        again(id, params, user, model)
                .ifPresent(step -> show(imports.preview(id, step.table(), choices(step.answers())), step, model));
        return "planimport/import";
    }

    @PostMapping("/apply")
    String apply(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Principal user,
            Model model,
            RedirectAttributes redirect) {
        Optional<Step> again = again(id, params, user, model);
        if (again.isEmpty()) {
            return "planimport/import";
        }
        Step step = again.get();
        Preview result = imports.apply(id, step.table(), choices(step.answers()));
        if (!result.problems().isEmpty() || result.questions() > 0) {
            show(result, step, model);
            return "planimport/import";
        }
        uploads.claim(step.token(), user.getName());
        // The result describes the plan as it was before: nothing to apply then means nothing was written.
        redirect.addFlashAttribute("success", result.canApply() ? "plan.import.applied" : "plan.import.nothingToDo");
        return "redirect:/plans/" + id;
    }

    /**
     * The review and apply steps start alike: the plan, the upload kept under the form's token read again, and the
     * answers sent; empty when the upload expired or no longer reads (the page says why).
     */
    private Optional<Step> again(long id, Map<String, String> params, Principal user, Model model) {
        model.addAttribute("plan", plans.view(id));
        String token = params.get("token");
        Upload upload = kept(id, token, user, model);
        TableFile table = upload == null ? null : read(upload, model);
        return table == null ? Optional.empty() : Optional.of(new Step(token, upload, table, answers(params)));
    }

    /** The user's upload for this plan named by the token, or null (and the page says it expired). */
    private Upload kept(long id, String token, Principal user, Model model) {
        Optional<PendingUploads.Pending> pending = token == null
                ? Optional.empty()
                : uploads.get(token, user.getName())
                        .filter(p -> p.kind().equals(KIND) && p.subject().equals(Long.toString(id)));
        if (pending.isEmpty()) {
            model.addAttribute("fileError", label("plan.import.expired"));
            return null;
        }
        return new Upload(pending.get().fileName(), pending.get().content());
    }

    /** The answers among the request's parameters, in a stable order. */
    private static List<Answer> answers(Map<String, String> params) {
        List<Answer> answers = new ArrayList<>();
        params.forEach((name, value) -> {
            if (CHOICES.stream().anyMatch(name::startsWith) && value != null) {
                answers.add(new Answer(name, value.strip()));
            }
        });
        answers.sort((a, b) -> a.name().compareTo(b.name()));
        return answers;
    }

    /** "col.3fa2c1d0.4" = "TIMEFRAME", "chain.II.2" = "17", "product.1a2b" = "none". */
    private static Choices choices(List<Answer> answers) {
        Map<String, Map<Integer, String>> columns = new HashMap<>();
        Map<String, String> chains = new HashMap<>();
        Map<String, String> products = new HashMap<>();
        for (Answer a : answers) {
            if (a.name().startsWith("col.")) {
                String[] parts = a.name().split("\\.");
                if (parts.length == 3 && parts[2].matches("\\d{1,3}")) {
                    columns.computeIfAbsent(parts[1], k -> new HashMap<>()).put(Integer.valueOf(parts[2]), a.value());
                }
            } else if (a.name().startsWith("chain.") && !a.value().isEmpty()) {
                chains.put(a.name().substring("chain.".length()), a.value());
            } else if (a.name().startsWith("product.") && !a.value().isEmpty()) {
                products.put(a.name().substring("product.".length()), a.value());
            }
        }
        return new Choices(columns, chains, products);
    }

    private TableFile read(Upload upload, Model model) {
        try {
            return TableReader.read(upload.fileName(), upload.content(), TableReader.Limits.DEFAULT);
        } catch (TableFileException e) {
            model.addAttribute("fileError", label(e.messageKey(), e.args()));
            return null;
        }
    }

    private void show(Preview preview, Step step, Model model) {
        show(preview, step.upload(), step.answers(), model);
        model.addAttribute("token", step.token());
    }

    private void show(Preview preview, Upload upload, List<Answer> answers, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("answers", answers);
        model.addAttribute(
                "problems", preview.problems().stream().map(this::problem).toList());
    }

    /** "Bảng 1, dòng 14: …", or the message alone for the whole file. */
    private String problem(Problem p) {
        Object[] args = Arrays.stream(p.args())
                .map(a -> a instanceof Problem.Label l ? label(l.key()) : a)
                .toArray();
        String message = label(p.messageKey(), args);
        return p.where() == null ? message : where(p.where()) + ": " + message;
    }

    private String where(Where w) {
        return label("plan.import.where." + w.kind(), w.sheet(), String.valueOf(w.row()));
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

package vn.valuechain.imports.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.imports.ImportRefusedException;
import vn.valuechain.imports.ImportResult;
import vn.valuechain.imports.ImportService;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ExportFormat;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableReader;

/** "Nhập dữ liệu": pick a kind, get its template, upload a file, read the dry run, apply it. */
@Controller
@RequestMapping("/admin/import")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);

    private final ImportService imports;
    private final ImportTemplates templates;
    private final Exports exports;

    @GetMapping
    String page(@RequestParam Optional<String> kind, Model model) {
        return page(kind.orElse(imports.importers().get(0).kind()), model);
    }

    private String page(String kind, Model model) {
        model.addAttribute("importers", imports.importers());
        model.addAttribute("kind", imports.importer(kind).kind());
        model.addAttribute("statuses", RowStatus.values());
        return "imports/page";
    }

    @GetMapping("/template")
    void template(
            @RequestParam String kind,
            @RequestParam String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        TableImporter importer = imports.importer(kind);
        ExportFormat chosen =
                ExportFormat.of(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        String name =
                exports.label("import.template.filePrefix") + importer.about().fileName();
        if (chosen == ExportFormat.CSV) {
            exports.send(templates.csv(importer, name), chosen, request, response);
            return;
        }
        byte[] xlsx = templates.xlsx(importer);
        exports.start(request, name, chosen.extension(), chosen.mediaType(), response)
                .done();
        response.getOutputStream().write(xlsx);
    }

    /** The dry run: nothing is written; the file waits, for its uploader only, to be applied. */
    @PostMapping
    String dryRun(
            @RequestParam String kind,
            @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        String fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file.getSize() > TableReader.Limits.DEFAULT.maxBytes()) {
            model.addAttribute("result", imports.tooLarge(kind, fileName));
            return page(kind, model);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportResult result = imports.dryRun(kind, fileName, content, user);
        model.addAttribute("result", result);
        if (result.applicable()) {
            model.addAttribute("token", imports.keep(result, content, user));
        }
        return page(kind, model);
    }

    /** All rows or none, after checking the file again against the records as they are now; once per dry run. */
    @PostMapping("/apply")
    String apply(
            @RequestParam String token,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model,
            RedirectAttributes redirect) {
        try {
            ImportResult applied = imports.apply(token, user);
            redirect.addFlashAttribute("applied", applied.counts());
            redirect.addAttribute("kind", applied.kind());
            return "redirect:/admin/import";
        } catch (ImportRefusedException e) {
            model.addAttribute("failure", e.messageKey());
        } catch (DataAccessException e) {
            log.warn("Import {} failed and was rolled back", token, e);
            model.addAttribute("failure", "import.apply.failed");
        }
        // How the file reads now, when it is still waiting (not when it was applied already or is gone).
        Optional<ImportResult> now = imports.recheck(token, user);
        now.ifPresent(r -> model.addAttribute("result", r));
        return page(
                now.map(ImportResult::kind).orElse(imports.importers().get(0).kind()), model);
    }
}

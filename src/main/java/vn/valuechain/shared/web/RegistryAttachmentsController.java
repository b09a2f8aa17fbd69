package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The files attached to a registry's record ("Tệp đính kèm" on its page): add one, send one, remove one. The steps are
 * the same for the five registries, each after the registry's own check that the user may see the record (a 404
 * otherwise), so they are here once and not in each registry's controller. Who may add and remove is in the URL
 * rules. A plan's and a progress report's files follow rules of their own and stay with their controllers.
 */
@Controller
@RequestMapping("/{registry:chains|cooperatives|enterprises|contracts|certifications}/{id}/attachments")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryAttachmentsController {

    private final RecordPages pages;

    @PostMapping
    String attach(
            @PathVariable String registry,
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        return pages.at("/" + registry).attach(id, file, user, redirect);
    }

    @GetMapping("/{fileId}")
    void download(
            @PathVariable String registry,
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletResponse response)
            throws IOException {
        pages.at("/" + registry).download(id, fileId, user, response);
    }

    @PostMapping("/{fileId}/delete")
    String detach(
            @PathVariable String registry,
            @PathVariable long id,
            @PathVariable long fileId,
            @AuthenticationPrincipal UnitScopedUser user,
            RedirectAttributes redirect) {
        return pages.at("/" + registry).detach(id, fileId, user, redirect);
    }
}

package vn.valuechain.shared.web;

import java.security.Principal;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.valuechain.shared.table.ExportProgress;

/** How many rows a running export has written, asked by the page that started it (see app.js). */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExportProgressController {

    private final ExportProgress progress;

    /** {@code {"total": 25000, "written": 12000, "done": false}}; 404 for another user's or an unknown export. */
    @GetMapping("/exports/progress/{token}")
    ResponseEntity<ExportProgress.Snapshot> progress(@PathVariable String token, Principal user) {
        return ResponseEntity.of(progress.of(token, user.getName()));
    }
}

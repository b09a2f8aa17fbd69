package vn.valuechain.shared.web;

import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.valuechain.shared.table.ExportProgress;

/** How many rows a running export has written, asked by the page that started it (see app.js). */
@RestController
class ExportProgressController {

    private final ExportProgress progress;

    ExportProgressController(ExportProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/exports/progress/{token}")
    ResponseEntity<Map<String, Object>> progress(@PathVariable String token, Principal user) {
        return progress.of(token, user.getName())
                .map(t -> ResponseEntity.ok(
                        Map.<String, Object>of("total", t.total(), "written", t.written(), "done", t.isDone())))
                .orElse(ResponseEntity.notFound().build());
    }
}

package vn.valuechain.shared.history;

import jakarta.servlet.http.HttpServletResponse;
import java.util.OptionalLong;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A save refused because someone else saved first: the form is shown again with status 409, keeping what
 * this person typed, above it what the other person changed, and the current version so a second save
 * (after reading) goes through.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaleEditView {

    private final HistoryService history;

    /** Puts the other person's changes in the model as "conflict"; returns the version now stored. */
    public OptionalLong prepare(Class<?> type, Object id, long baseVersion, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return history.changesSince(type, id, baseVersion)
                .map(details -> {
                    model.addAttribute("conflict", details);
                    return OptionalLong.of(details.currentVersion());
                })
                .orElse(OptionalLong.empty());
    }
}

package vn.valuechain.plan.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The lines of a multi-line cell, as templates show them ({@code @cellLines.of(text)}): a plan writes its lists as
 * "- Hội thảo… - Tọa đàm…" on one line, so a dash opening the cell, or following a line end, a sentence end or a
 * space and followed by a capital letter, starts a new line.
 */
@Component("cellLines")
class CellLines {

    private static final Pattern BREAK = Pattern.compile("\\R|(?:^|(?<=[.;:])|\\s)[-–•]\\s*(?=\\p{Lu})");

    /** The cell on one line for lists ("- A. - B." → "A.; B."), cut at max characters. */
    public String brief(String text, int max) {
        String joined = String.join("; ", of(text));
        return joined.length() <= max ? joined : joined.substring(0, max - 1).stripTrailing() + "…";
    }

    public List<String> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(BREAK.split(text.strip()))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}

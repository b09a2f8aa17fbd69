package vn.valuechain.notification;

import java.util.List;

/**
 * One person's reminders of a day, in sections (a heading and its lines, each with the page that opens it). Empty
 * when there is nothing to remind them of: then no message is sent.
 */
public record Digest(List<Section> sections) {

    public int size() {
        return sections.stream().mapToInt(s -> s.lines().size()).sum();
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /** A heading (its text) and its lines. */
    public record Section(String heading, List<Line> lines) {}

    /** A line's text and the path of the page it is about. */
    public record Line(String text, String path) {}
}

package vn.valuechain.planimport;

import static vn.valuechain.planimport.FrameworkColumn.CONTENT;
import static vn.valuechain.planimport.FrameworkColumn.ORDINAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.valuechain.planimport.SectionMarkers.Level;
import vn.valuechain.planimport.SectionMarkers.Marker;
import vn.valuechain.shared.table.CellValue;
import vn.valuechain.shared.table.ReadRow;

/**
 * The rows of a plan's framework table after its header: section heading rows, item rows with their number, and rows
 * a page break split, whose number is empty and whose cells continue the item above. A row whose only text sits in its
 * first cells (number and content) and opens with a section number ({@link SectionMarkers}) is a heading: "I." is a
 * top section, "1." under it is "I.1", a row naming a chain with no number is numbered in order, "a)" under "II" is
 * "II.a". A heading followed straight by another is a group, not a section. A row that cannot be read is a problem on
 * that row only: its items are set aside with it, never put into the section above. Nothing here touches the database.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class FrameworkTableParser {

    static final int MAX_CODE = 20;
    static final int MAX_TITLE = 300;
    static final int MAX_ORDINAL = 20;
    static final int MAX_TIMEFRAME = 500;

    public record ParsedItem(
            String ordinal,
            String content,
            String inputActivities,
            String expectedOutputs,
            String timeframe,
            String lead,
            String coordinating,
            String supporting,
            Where where) {}

    public record ParsedSection(String code, String title, Where where, List<ParsedItem> items) {}

    public record Result(List<ParsedSection> sections) {

        public int itemCount() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    private final List<Problem> problems;
    private final List<SectionBuilder> sections = new ArrayList<>();
    private String top;
    private String middle;
    private int middleCount;
    private SectionBuilder section;
    private ItemBuilder item;

    /**
     * Reads one row under the header. {@code next} is the row after it (headers repeated on a new page left out), or
     * null: a number-and-title row whose next row continues it is an item split by a page break, not a heading.
     */
    void row(ReadRow row, Header<FrameworkColumn> header, Where where, ReadRow next) {
        int ordinalAt = header.index(ORDINAL);
        int contentAt = header.index(CONTENT);
        String ordinal = row.cell(ordinalAt).text().strip();
        List<Integer> filled = filled(row);
        brokenFormulas(row, header, where);
        int lastLeading = Math.max(ordinalAt, contentAt);
        boolean leadingOnly = filled.stream().allMatch(i -> i <= lastLeading);
        if (leadingOnly && !filled.isEmpty()) {
            Marker marker = marker(row, filled, ordinalAt, contentAt);
            if (marker == SectionMarkers.UNREADABLE) {
                unreadableHeading(text(row, filled), where);
                return;
            }
            if (marker != null && !(marker.couldBeItem() && continues(next, header))) {
                heading(marker, where);
                return;
            }
            if (marker == null && filled.size() == 1 && !ordinal.isEmpty() && looksLikeText(ordinal)) {
                // One text across the row with no section number: a heading that says not which section it opens.
                unreadableHeading(ordinal, where);
                return;
            }
        }
        if (ordinal.isEmpty()) {
            if (item == null) {
                problems.add(new Problem(where, "plan.import.continuationWithoutItem"));
            } else {
                item.append(row, header);
            }
            return;
        }
        if (section == null) {
            problems.add(new Problem(where, "plan.import.itemWithoutSection"));
            item = null;
            return;
        }
        item = new ItemBuilder(ordinal.replaceAll("[.:)]$", "").strip(), where);
        item.append(row, header);
        section.items.add(item);
    }

    private static List<Integer> filled(ReadRow row) {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                filled.add(i);
            }
        }
        return filled;
    }

    /** A formula whose value the file lacks would read as an empty cell: a problem on its row instead. */
    private void brokenFormulas(ReadRow row, Header<FrameworkColumn> header, Where where) {
        header.columns().forEach((index, column) -> {
            CellValue cell = row.cell(index);
            if (cell.brokenFormula() != null) {
                problems.add(new Problem(
                        where, "plan.import.brokenFormula", header.titles().get(index), cell.brokenFormula()));
            }
        });
    }

    private static Marker marker(ReadRow row, List<Integer> filled, int ordinalAt, int contentAt) {
        if (filled.size() == 1) {
            Marker m = SectionMarkers.ofText(row.cell(filled.get(0)).text());
            if (filled.get(0) == contentAt && ordinalAt != contentAt && m != null && m != SectionMarkers.UNREADABLE) {
                // Text in the content cell alone may as well be the rest of a split item ("1. …" opening a list):
                // only a Roman numeral or a named chain make it a heading.
                return m.level() == Level.TOP || m.level() == Level.MIDDLE && m.number() == null ? m : null;
            }
            return m;
        }
        if (filled.size() == 2 && filled.contains(ordinalAt) && filled.contains(contentAt)) {
            return SectionMarkers.ofCells(
                    row.cell(ordinalAt).text(), row.cell(contentAt).text());
        }
        return null;
    }

    private static String text(ReadRow row, List<Integer> filled) {
        return String.join(" ", filled.stream().map(i -> row.cell(i).text()).toList());
    }

    /** A number cell holding words: the text of a merged row rather than an item's number. */
    private static boolean looksLikeText(String ordinal) {
        return ordinal.length() > MAX_ORDINAL || ordinal.strip().contains(" ");
    }

    /** Whether the next row is the rest of a split item: no number, text beyond the first cells. */
    private static boolean continues(ReadRow next, Header<FrameworkColumn> header) {
        if (next == null || !next.cell(header.index(ORDINAL)).text().isBlank()) {
            return false;
        }
        int lastLeading = Math.max(header.index(ORDINAL), header.index(CONTENT));
        return filled(next).stream().anyMatch(i -> i > lastLeading && header.column(i) != null);
    }

    private void unreadableHeading(String text, Where where) {
        problems.add(new Problem(where, "plan.import.headingWithoutCode", brief(text)));
        // The rows under it belong to a section nobody can name: kept apart, never added to the section above.
        section = new SectionBuilder(null, text, where);
        sections.add(section);
        item = null;
    }

    private void heading(Marker m, Where where) {
        String code;
        if (m.whole()) {
            // "II.1": the code is whole; the sections after it number on from it.
            code = m.number();
            top = code.substring(0, code.indexOf('.'));
            if (m.level() == Level.MIDDLE) {
                middle = code;
                String[] parts = code.split("\\.");
                middleCount = Integer.parseInt(parts[parts.length - 1]);
            }
        } else {
            code = code(m);
        }
        // A heading followed straight by another is a group ("II. Các hoạt động riêng…"), not a section.
        if (section != null && section.items.isEmpty() && section.code != null) {
            sections.remove(section);
        }
        section = new SectionBuilder(code, m.title(), where);
        sections.add(section);
        item = null;
    }

    /** The code of a numbered heading within those before it: "1." under "II." is "II.1", "a)" under it "II.1.a". */
    private String code(Marker m) {
        String code;
        switch (m.level()) {
            case TOP -> {
                top = m.number();
                middle = null;
                middleCount = 0;
                code = top;
            }
            case MIDDLE -> {
                String number;
                if (m.number() == null) {
                    number = String.valueOf(++middleCount);
                } else {
                    number = m.number();
                    String[] parts = number.split("\\.");
                    middleCount = Integer.parseInt(parts[parts.length - 1]);
                }
                code = top != null && !number.contains(".") ? top + "." + number : number;
                middle = code;
            }
            default -> {
                String parent = middle != null ? middle : top;
                code = parent == null ? m.number() : parent + "." + m.number();
            }
        }
        return code;
    }

    private static String brief(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }

    Result result() {
        List<ParsedSection> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (SectionBuilder s : sections) {
            if (s.items.isEmpty() || s.code == null) {
                continue;
            }
            if (!codes.add(s.code.toLowerCase())) {
                problems.add(new Problem(s.where, "plan.import.duplicateSection", s.code));
            }
            if (s.code.length() > MAX_CODE) {
                problems.add(new Problem(s.where, "plan.import.codeTooLong", MAX_CODE));
            }
            if (s.title.length() > MAX_TITLE) {
                problems.add(new Problem(s.where, "plan.import.titleTooLong", MAX_TITLE));
            }
            Map<String, ParsedItem> items = new LinkedHashMap<>();
            for (ItemBuilder b : s.items) {
                ParsedItem i = b.build();
                if (items.putIfAbsent(i.ordinal().toLowerCase(), i) != null) {
                    problems.add(new Problem(i.where(), "plan.import.duplicateOrdinal", i.ordinal(), s.code));
                }
                check(i);
            }
            parsed.add(new ParsedSection(s.code, s.title, s.where, List.copyOf(items.values())));
        }
        return new Result(parsed);
    }

    private void check(ParsedItem i) {
        if (i.content() == null) {
            problems.add(new Problem(i.where(), "plan.import.noContent", i.ordinal()));
        }
        if (i.ordinal().length() > MAX_ORDINAL) {
            problems.add(new Problem(i.where(), "plan.import.ordinalTooLong", MAX_ORDINAL));
        }
        if (i.timeframe() != null && i.timeframe().length() > MAX_TIMEFRAME) {
            problems.add(new Problem(i.where(), "plan.import.timeframeTooLong", MAX_TIMEFRAME));
        }
    }

    private static final class SectionBuilder {
        final String code;
        final String title;
        final Where where;
        final List<ItemBuilder> items = new ArrayList<>();

        SectionBuilder(String code, String title, Where where) {
            this.code = code;
            this.title = title.replaceAll("\\s+", " ").strip();
            this.where = where;
        }
    }

    private static final class ItemBuilder {
        final String ordinal;
        final Where where;
        final Map<FrameworkColumn, StringBuilder> cells = new EnumMap<>(FrameworkColumn.class);

        ItemBuilder(String ordinal, Where where) {
            this.ordinal = ordinal;
            this.where = where;
        }

        /**
         * Adds the row's cells. The rest of a cell a page break split goes on a new line when the part before ended a
         * sentence or the rest opens a list item, and after a space otherwise (the break cut a line in two).
         */
        void append(ReadRow row, Header<FrameworkColumn> header) {
            header.columns().forEach((index, column) -> {
                String text = row.cell(index).text().strip();
                if (column != ORDINAL && !text.isEmpty()) {
                    StringBuilder cell = cells.computeIfAbsent(column, k -> new StringBuilder());
                    if (!cell.isEmpty()) {
                        cell.append(newLine(cell, text) ? "\n" : " ");
                    }
                    cell.append(text);
                }
            });
        }

        private static boolean newLine(CharSequence before, String rest) {
            char last = before.charAt(before.length() - 1);
            return last == '.'
                    || last == ';'
                    || last == ':'
                    || last == '!'
                    || last == '?'
                    || rest.matches("(?s)[-–•+*].*");
        }

        ParsedItem build() {
            return new ParsedItem(
                    ordinal,
                    text(CONTENT),
                    text(FrameworkColumn.INPUTS),
                    text(FrameworkColumn.OUTPUTS),
                    text(FrameworkColumn.TIMEFRAME),
                    text(FrameworkColumn.LEAD),
                    text(FrameworkColumn.COORDINATING),
                    text(FrameworkColumn.SUPPORTING),
                    where);
        }

        private String text(FrameworkColumn column) {
            StringBuilder cell = cells.get(column);
            return cell == null || cell.isEmpty() ? null : cell.toString();
        }
    }
}

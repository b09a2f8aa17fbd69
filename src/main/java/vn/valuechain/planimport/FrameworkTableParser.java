package vn.valuechain.planimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableFile;

/**
 * Reads a plan's framework from the government table as provinces publish it (Word or Excel): the eight columns,
 * found by their headings wherever the header row is and however often it repeats (once per printed page); section
 * heading rows ("I. Các hoạt động chung", "II. Các hoạt động riêng của từng chuỗi", "1. Chuỗi Dừa", in one merged
 * cell or as number and title); item rows with their number; and rows a page break split, whose number is empty and
 * whose cells continue the item above. A heading under a Roman one takes its number ("1." under "II." is "II.1"); a
 * heading with no item before the next (a group such as "II.") is no section of its own. Nothing here touches the
 * database: problems are reported with where they are, and the caller decides.
 */
public final class FrameworkTableParser {

    /** The eight columns of the government table. */
    public enum Column {
        ORDINAL,
        CONTENT,
        INPUTS,
        OUTPUTS,
        TIMEFRAME,
        LEAD,
        COORDINATING,
        SUPPORTING
    }

    static final int MAX_CODE = 20;
    static final int MAX_TITLE = 300;
    static final int MAX_ORDINAL = 20;
    static final int MAX_TIMEFRAME = 500;
    private static final int MAX_HEADING = 60;

    private static final Pattern ORDINAL_HEADING = Pattern.compile("s\\s*/\\s*t|s\\.?\\s*tt|so\\s+tt|tt|no\\.?|#");
    private static final String CODE = "(?:[IVXLC]+|\\d{1,2})(?:\\.\\d{1,2})*";
    private static final Pattern CODE_ONLY = Pattern.compile("(" + CODE + ")\\.?");
    private static final Pattern CODE_AND_TITLE = Pattern.compile("(" + CODE + ")\\.?\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private FrameworkTableParser() {}

    /** Where a row is: the table (Word) or sheet (Excel) and the row number as the file shows it. */
    public record Where(TableFile.Kind kind, String sheet, int row) {}

    /** Something that stops the import, as a message key and its arguments, and where it is (null: the whole file). */
    public record Problem(Where where, String messageKey, Object... args) {}

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

    public record Result(List<ParsedSection> sections, List<Problem> problems) {

        public int itemCount() {
            return sections.stream().mapToInt(s -> s.items().size()).sum();
        }
    }

    public static Result parse(TableFile file) {
        return new Run(file.kind()).parse(file.sheets());
    }

    /**
     * The columns a header row names, or null when the row is no header: every cell of a header is a heading (an
     * item's text may well say "hỗ trợ" or "thời gian"), and it names the content column and four more.
     */
    static Map<Column, Integer> header(ReadRow row) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text();
            if (text.isBlank()) {
                continue;
            }
            Column column = text.length() > MAX_HEADING ? null : column(text);
            if (column == null) {
                return null;
            }
            columns.putIfAbsent(column, i);
        }
        return columns.containsKey(Column.CONTENT) && columns.size() >= 5 ? columns : null;
    }

    private static Column column(String heading) {
        String h = Folding.fold(heading).replaceAll("\\s+", " ").strip().replaceAll("[.:]$", "");
        if (h.isEmpty()) {
            return null;
        }
        if (ORDINAL_HEADING.matcher(h).matches()) {
            return Column.ORDINAL;
        }
        if (h.contains("dau vao") || h.contains("input")) {
            return Column.INPUTS;
        }
        if (h.contains("dau ra") || h.contains("ket qua") || h.contains("output")) {
            return Column.OUTPUTS;
        }
        if (h.contains("thoi gian") || h.contains("time")) {
            return Column.TIMEFRAME;
        }
        if (h.contains("chu tri") || h.contains("lead")) {
            return Column.LEAD;
        }
        if (h.contains("phoi hop") || h.contains("coordinat")) {
            return Column.COORDINATING;
        }
        if (h.contains("ho tro") || h.contains("support")) {
            return Column.SUPPORTING;
        }
        if (h.contains("noi dung") || h.contains("chien luoc") || h.contains("hoat dong") || h.contains("content")) {
            return Column.CONTENT;
        }
        return null;
    }

    /** One pass over the file's tables in order: sections and a split row may run on from one table to the next. */
    private static final class Run {

        private final TableFile.Kind kind;
        private final List<Problem> problems = new ArrayList<>();
        private final List<SectionBuilder> sections = new ArrayList<>();
        private String roman;
        private SectionBuilder section;
        private ItemBuilder item;

        Run(TableFile.Kind kind) {
            this.kind = kind;
        }

        Result parse(List<ReadSheet> sheets) {
            if (sheets.isEmpty()) {
                problems.add(new Problem(null, "plan.import.noTable"));
                return result();
            }
            boolean anyHeader = false;
            for (ReadSheet sheet : sheets) {
                anyHeader |= sheet(sheet);
            }
            if (!anyHeader && problems.isEmpty()) {
                problems.add(new Problem(null, "plan.import.noHeader"));
            } else if (anyHeader && sections.stream().allMatch(s -> s.items.isEmpty()) && problems.isEmpty()) {
                problems.add(new Problem(null, "plan.import.noItems"));
            }
            return result();
        }

        /** Reads a sheet from its first header row on; a sheet without one (another table of the document) is skipped. */
        private boolean sheet(ReadSheet sheet) {
            Map<Column, Integer> columns = null;
            for (ReadRow row : sheet.rows()) {
                Where where = new Where(kind, sheet.name(), row.number());
                Map<Column, Integer> header = header(row);
                if (header != null) {
                    if (!header.containsKey(Column.ORDINAL)) {
                        problems.add(new Problem(where, "plan.import.noOrdinalColumn"));
                        return true;
                    }
                    columns = header;
                    continue;
                }
                if (columns != null) {
                    row(row, columns, where);
                }
            }
            return columns != null;
        }

        private void row(ReadRow row, Map<Column, Integer> columns, Where where) {
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                if (!row.cell(i).text().isBlank()) {
                    filled.add(i);
                }
            }
            int ordinalAt = columns.get(Column.ORDINAL);
            String ordinal = row.cell(ordinalAt).text().strip();
            // One cell: a merged heading row ("1. Chuỗi Dừa"), wherever the merge left its text.
            if (filled.size() == 1 && (filled.get(0) == ordinalAt || row.cells().size() == 1)) {
                String text = row.cell(filled.get(0)).text().strip();
                Matcher m = CODE_AND_TITLE.matcher(text);
                if (m.matches()) {
                    heading(m.group(1), m.group(2), where);
                } else {
                    problems.add(new Problem(where, "plan.import.headingWithoutCode", text));
                }
                return;
            }
            Integer contentAt = columns.get(Column.CONTENT);
            Matcher code = CODE_ONLY.matcher(ordinal);
            if (filled.size() == 2 && filled.contains(ordinalAt) && filled.contains(contentAt) && code.matches()) {
                heading(code.group(1), row.cell(contentAt).text(), where);
                return;
            }
            if (ordinal.isEmpty()) {
                if (item == null) {
                    problems.add(new Problem(where, "plan.import.continuationWithoutItem"));
                } else {
                    item.append(row, columns);
                }
                return;
            }
            if (section == null) {
                problems.add(new Problem(where, "plan.import.itemWithoutSection"));
                item = null;
                return;
            }
            item = new ItemBuilder(ordinal.replaceAll("\\.$", ""), where);
            item.append(row, columns);
            section.items.add(item);
        }

        private void heading(String rawCode, String title, Where where) {
            String code = rawCode;
            if (ROMAN.matcher(code.split("\\.")[0]).matches()) {
                roman = code.split("\\.")[0];
            } else if (!code.contains(".") && roman != null) {
                code = roman + "." + code;
            }
            // A heading followed straight by another is a group ("II. Các hoạt động riêng…"), not a section.
            if (section != null && section.items.isEmpty()) {
                sections.remove(section);
            }
            section = new SectionBuilder(code, title.replaceAll("\\s+", " ").strip(), where);
            sections.add(section);
            item = null;
        }

        private Result result() {
            List<ParsedSection> parsed = new ArrayList<>();
            Set<String> codes = new HashSet<>();
            for (SectionBuilder s : sections) {
                if (s.items.isEmpty()) {
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
            return new Result(parsed, List.copyOf(problems));
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
    }

    private static final class SectionBuilder {
        final String code;
        final String title;
        final Where where;
        final List<ItemBuilder> items = new ArrayList<>();

        SectionBuilder(String code, String title, Where where) {
            this.code = code;
            this.title = title;
            this.where = where;
        }
    }

    private static final class ItemBuilder {
        final String ordinal;
        final Where where;
        final Map<Column, StringBuilder> cells = new EnumMap<>(Column.class);

        ItemBuilder(String ordinal, Where where) {
            this.ordinal = ordinal;
            this.where = where;
        }

        /** Adds the row's cells; the rest of a cell a page break split joins what came before with a space. */
        void append(ReadRow row, Map<Column, Integer> columns) {
            columns.forEach((column, index) -> {
                String text = row.cell(index).text().strip();
                if (column != Column.ORDINAL && !text.isEmpty()) {
                    StringBuilder cell = cells.computeIfAbsent(column, k -> new StringBuilder());
                    cell.append(cell.isEmpty() ? "" : " ").append(text);
                }
            });
        }

        ParsedItem build() {
            return new ParsedItem(
                    ordinal,
                    text(Column.CONTENT),
                    text(Column.INPUTS),
                    text(Column.OUTPUTS),
                    text(Column.TIMEFRAME),
                    text(Column.LEAD),
                    text(Column.COORDINATING),
                    text(Column.SUPPORTING),
                    where);
        }

        private String text(Column column) {
            StringBuilder cell = cells.get(column);
            return cell == null || cell.isEmpty() ? null : cell.toString();
        }
    }
}

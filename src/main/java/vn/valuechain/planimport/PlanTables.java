package vn.valuechain.planimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.planimport.Headings.Certainty;
import vn.valuechain.planimport.Headings.Recognized;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableFile;

/**
 * Finds the tables of a plan in a file (Word, Excel or CSV) and reads them: the framework (khung kế hoạch hành động,
 * {@link FrameworkTableParser}) and the table of cooperatives to found or consolidate (Phụ lục 1,
 * {@link CooperativeTableParser}). A table starts at its header row, wherever it is (a title block above it is not
 * read), recognised by the titles of its columns ({@link FrameworkColumn}, {@link CooperativeColumn}), over one row or
 * two (a group title such as "Thời gian" above its years); the header again on a later page, and a row numbering the
 * columns under it, are skipped. A table of a Word document without a header carries on the one before when it has
 * as many columns. The header's mapping may be the user's own choice, keyed by {@link Header#key()}.
 */
public final class PlanTables {

    private static final int MAX_SUBTITLE = 40;
    private static final Pattern YEARS =
            Pattern.compile("(?:nam|giai doan|gd\\.?)?\\s*(?<from>\\d{4})(?:\\s*[-–/]\\s*(?<to>\\d{4}))?");
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");

    /** What the file holds: the distinct headers (in order), the framework, the cooperatives and what stops them. */
    public record Result(
            List<Header<?>> headers,
            FrameworkTableParser.Result framework,
            CooperativeTableParser.Result cooperatives,
            List<Problem> problems) {

        /** The headers whose mapping the user must confirm or change before anything is written. */
        public List<Header<?>> uncertain() {
            return headers.stream().filter(h -> !h.certain()).toList();
        }
    }

    private PlanTables() {}

    /** Reads the file with the column mappings the user chose (header key → column index → column name). */
    public static Result read(TableFile file, Map<String, Map<Integer, String>> choices) {
        return new Run(file.kind(), choices).read(file.sheets());
    }

    /** A header found at a row, and how many rows it takes (two with a row of sub-titles). */
    private record Found<C extends Enum<C> & TableColumn>(Header<C> header, int rows) {}

    private static final class Run {

        private final TableFile.Kind kind;
        private final Map<String, Map<Integer, String>> choices;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Header<?>> headers = new LinkedHashMap<>();
        private final FrameworkTableParser framework = new FrameworkTableParser(problems);
        private final CooperativeTableParser cooperatives = new CooperativeTableParser(problems);
        private Header<?> current;

        Run(TableFile.Kind kind, Map<String, Map<Integer, String>> choices) {
            this.kind = kind;
            this.choices = choices;
        }

        Result read(List<ReadSheet> sheets) {
            if (sheets.stream().allMatch(s -> s.rows().isEmpty())) {
                problems.add(new Problem(null, "plan.import.noTable"));
            }
            for (ReadSheet sheet : sheets) {
                sheet(sheet);
            }
            if (headers.isEmpty() && problems.isEmpty()) {
                problems.add(new Problem(null, "plan.import.noHeader"));
            }
            for (Header<?> h : headers.values()) {
                for (Object column : h.missing()) {
                    TableColumn c = (TableColumn) column;
                    problems.add(new Problem(h.where(), "plan.import.missingColumn", new Problem.Label(c.labelKey())));
                }
            }
            FrameworkTableParser.Result items = framework.result();
            CooperativeTableParser.Result planned = cooperatives.result();
            if (problems.isEmpty() && items.itemCount() == 0 && planned.count() == 0) {
                problems.add(new Problem(null, "plan.import.noItems"));
            }
            return new Result(List.copyOf(headers.values()), items, planned, List.copyOf(problems));
        }

        private void sheet(ReadSheet sheet) {
            List<ReadRow> rows = sheet.rows();
            // A table without its own header carries on the one before only when it has as many columns.
            if (current != null
                    && (rows.isEmpty() || width(rows) != current.titles().size())) {
                current = null;
            }
            for (int r = 0; r < rows.size(); r++) {
                ReadRow row = rows.get(r);
                Where where = new Where(kind, sheet.name(), row.number());
                ReadRow following = r + 1 < rows.size() ? rows.get(r + 1) : null;
                Found<?> found = header(row, following, where);
                if (found != null) {
                    current = found.header();
                    r += found.rows() - 1;
                    if (r + 1 < rows.size() && columnNumbers(rows.get(r + 1))) {
                        r++;
                    }
                    continue;
                }
                if (current != null) {
                    data(row, where, next(rows, r + 1));
                }
            }
        }

        @SuppressWarnings("unchecked")
        private void data(ReadRow row, Where where, ReadRow next) {
            if (current.type() == FrameworkColumn.class) {
                Header<FrameworkColumn> h = (Header<FrameworkColumn>) current;
                if (h.missing().isEmpty()) {
                    framework.row(row, h, where, next);
                }
            } else {
                Header<CooperativeColumn> h = (Header<CooperativeColumn>) current;
                if (h.missing().isEmpty()) {
                    cooperatives.row(row, h, where);
                }
            }
        }

        /** The next row that is no header again: what a row split by a page break continues into. */
        private ReadRow next(List<ReadRow> rows, int from) {
            for (int r = from; r < rows.size(); r++) {
                ReadRow row = rows.get(r);
                ReadRow following = r + 1 < rows.size() ? rows.get(r + 1) : null;
                Found<?> found = header(row, following, null);
                if (found == null) {
                    return columnNumbers(row) ? null : row;
                }
                r += found.rows() - 1;
            }
            return null;
        }

        /** The header at this row, the same instance for the same titles, with the user's mapping if they chose one. */
        private Found<?> header(ReadRow row, ReadRow following, Where where) {
            Found<?> framework = find(FrameworkColumn.class, row, following, where);
            Found<?> coops = find(CooperativeColumn.class, row, following, where);
            Found<?> found = coops != null && (framework == null || recognised(coops) > recognised(framework))
                    ? coops
                    : framework;
            if (found == null || where == null) {
                return found;
            }
            Header<?> known = headers.get(found.header().signature());
            if (known == null) {
                Map<Integer, String> choice = choices.get(found.header().key());
                known = choice == null ? found.header() : found.header().chosen(choice);
                headers.put(known.signature(), known);
            }
            return new Found<>(cast(known), found.rows());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Header cast(Header<?> header) {
            return header;
        }

        private static int recognised(Found<?> found) {
            return found.header().columns().size() + found.header().periods().size();
        }

        private static int width(List<ReadRow> rows) {
            return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        }

        /** "1 2 3 … 8" or "(1) (2) …" under a header: the columns' numbers, no item. */
        private static boolean columnNumbers(ReadRow row) {
            int last = 0;
            int count = 0;
            for (int i = 0; i < row.cells().size(); i++) {
                String text = row.cell(i).text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!COLUMN_NUMBER.matcher(text).matches()) {
                    return false;
                }
                int n = Integer.parseInt(text.replaceAll("[()]", ""));
                if (n <= last) {
                    return false;
                }
                last = n;
                count++;
            }
            return count >= 3;
        }
    }

    /**
     * The header of a table of this kind at the row, or null. Every title is short, most name a column, and the
     * kind's own columns are there: content, timeframe or lead agency for the framework, the cooperative's name for
     * the table of cooperatives. An item's row never qualifies, its texts being long or naming nothing.
     */
    private static <C extends Enum<C> & TableColumn> Found<C> find(
            Class<C> type, ReadRow row, ReadRow following, Where where) {
        List<String> titles = titles(row);
        Reading<C> reading = reading(type, titles);
        if (reading == null) {
            return null;
        }
        int rows = 1;
        if (following != null && subtitles(type, row, following, reading)) {
            List<String> merged = new ArrayList<>(titles);
            for (int i = 0; i < following.cells().size(); i++) {
                String sub = following.cell(i).text().strip();
                while (merged.size() <= i) {
                    merged.add("");
                }
                if (!sub.isEmpty()) {
                    merged.set(i, sub);
                }
            }
            Reading<C> again = reading(type, merged);
            if (again != null) {
                titles = merged;
                reading = again;
                rows = 2;
            }
        }
        // The kind's own columns must be named for sure: a fragment of an item's text may contain a title by chance.
        boolean ours = isFramework(type)
                ? reading.surely(FrameworkColumn.CONTENT)
                        || reading.surely(FrameworkColumn.LEAD)
                        || reading.surely(FrameworkColumn.TIMEFRAME)
                : reading.surely(CooperativeColumn.NAME);
        if (!ours) {
            return null;
        }
        return new Found<>(
                new Header<>(type, titles, reading.columns(), reading.certainty(), reading.periods(), false, where),
                rows);
    }

    private record Reading<C>(
            Map<Integer, C> columns, Map<Integer, Certainty> certainty, Map<Integer, Header.Period> periods) {

        boolean surely(Object column) {
            return columns.entrySet().stream()
                    .anyMatch(e ->
                            e.getValue() == column && certainty.get(e.getKey()).certain());
        }

        long sure() {
            return certainty.values().stream().filter(Certainty::certain).count() + periods.size();
        }
    }

    private static <C extends Enum<C> & TableColumn> Reading<C> reading(Class<C> type, List<String> titles) {
        Map<Integer, C> columns = new LinkedHashMap<>();
        Map<Integer, Certainty> certainty = new HashMap<>();
        Map<Integer, Header.Period> periods = new LinkedHashMap<>();
        int filled = 0;
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            if (title.isBlank()) {
                continue;
            }
            filled++;
            if (title.strip().length() > Headings.MAX_TITLE) {
                return null;
            }
            Header.Period period = !isFramework(type) ? period(title) : null;
            if (period != null) {
                periods.put(i, period);
                continue;
            }
            Recognized<C> r = Headings.recognize(title, type.getEnumConstants());
            if (r != null) {
                columns.put(i, r.column());
                certainty.put(i, r.certainty());
            }
        }
        int recognised = columns.size() + periods.size();
        Reading<C> reading = new Reading<>(columns, certainty, periods);
        boolean enough =
                isFramework(type) ? recognised >= 3 && reading.sure() >= 2 : recognised >= 2 && reading.sure() >= 2;
        return enough && recognised * 5 >= filled * 3 ? reading : null;
    }

    /** A row of sub-titles under a header: short, naming columns or years, where the header has a group title. */
    private static <C extends Enum<C> & TableColumn> boolean subtitles(
            Class<C> type, ReadRow header, ReadRow row, Reading<C> reading) {
        int count = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            String text = row.cell(i).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_SUBTITLE
                    || reading.columns().containsKey(i) && !group(header.cell(i).text())) {
                return false;
            }
            boolean names = !isFramework(type) && period(text) != null
                    || Headings.recognize(text, type.getEnumConstants()) != null;
            if (!names) {
                return false;
            }
            count++;
        }
        return count > 0;
    }

    /** A title over several columns: "Thời gian", "Cơ quan thực hiện". */
    private static boolean group(String title) {
        String t = Headings.normalize(title);
        return t.equals("thoi gian") || t.startsWith("co quan") || t.startsWith("don vi") || t.equals("giai doan");
    }

    /** A period column's title: "2019", "2017-2018", "Năm 2026", "Giai đoạn 2021-2025". */
    static Header.Period period(String title) {
        Matcher m = YEARS.matcher(Folding.fold(title).replaceAll("\\s+", " ").strip());
        if (!m.matches()) {
            return null;
        }
        int from = Integer.parseInt(m.group("from"));
        int to = m.group("to") == null ? from : Integer.parseInt(m.group("to"));
        return from < 1900 || to < from || to > 2100 ? null : new Header.Period(title.strip(), from, to);
    }

    private static boolean isFramework(Class<?> type) {
        return type.equals(FrameworkColumn.class);
    }

    private static List<String> titles(ReadRow row) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            titles.add(row.cell(i).text().strip());
        }
        return titles;
    }
}

package vn.valuechain.shared.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import vn.valuechain.shared.table.CellParsers;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.CellValue;
import vn.valuechain.shared.table.ReadRow;

/**
 * A data row of an uploaded table, read by column key. Each typed getter takes the field's current value (of the
 * matched record, or the default of a new one) and returns the value to save: the cell's when the file has the column,
 * else the current one. Along the way it notes wrong cells ("Dòng 14, cột Mã số thuế: …") and fields that change.
 */
@RequiredArgsConstructor
public final class ImportRow {

    /** A wrong cell ({@code column} set) or a wrong row, as a message key and its arguments. */
    public record Problem(String column, String messageKey, List<Object> args) {}

    /** A field the row changes, shown as the reader reads it. */
    public record Change(String column, String from, String to) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReadRow row;
    private final Map<String, Integer> columns;
    private final ImportContext context;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    public int number() {
        return row.number();
    }

    public ImportContext context() {
        return context;
    }

    /** Whether the file has this column (a column left out changes nothing). */
    public boolean has(String key) {
        return columns.containsKey(key);
    }

    public CellValue cell(String key) {
        Integer index = columns.get(key);
        return index == null ? CellValue.EMPTY : row.cell(index);
    }

    /** The cell's text, null when blank or when the file has no such column. */
    public String raw(String key) {
        String text = cell(key).text();
        return text.isEmpty() ? null : text;
    }

    public String text(String key, String current, int maxLength) {
        if (!has(key)) {
            return current;
        }
        String value = raw(key);
        if (value != null && value.length() > maxLength) {
            error(key, "import.value.tooLong", maxLength);
        }
        return changed(key, current, value);
    }

    public Integer integer(String key, Integer current) {
        if (!has(key)) {
            return current;
        }
        Parsed<Long> parsed = CellParsers.integer(cell(key));
        if (parsed.isError()) {
            return failed(key, parsed.errorKey(), current);
        }
        Long value = parsed.value();
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            return failed(key, CellParsers.INTEGER_INVALID, current);
        }
        return changed(key, current, value == null ? null : value.intValue());
    }

    public BigDecimal decimal(String key, BigDecimal current) {
        return parsed(key, current, CellParsers.decimal(cell(key)));
    }

    public LocalDate date(String key, LocalDate current) {
        return parsed(key, current, CellParsers.date(cell(key)));
    }

    private <T> T parsed(String key, T current, Parsed<T> parsed) {
        if (!has(key)) {
            return current;
        }
        return parsed.isError() ? failed(key, parsed.errorKey(), current) : changed(key, current, parsed.value());
    }

    /** An enum constant named by its label in either language or by its code. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E current) {
        if (!has(key)) {
            return current;
        }
        String value = raw(key);
        if (value == null) {
            return changed(key, current, null);
        }
        E found = constant(value, type);
        return found != null
                ? changed(key, current, found)
                : failed(key, "import.value.choice", current, labels(type, ", "));
    }

    /**
     * An enum constant that tells which record the row means (a party's kind) rather than a field to change: read
     * like {@link #choice}, no change noted; null when blank, wrong (noted) or the file has no such column.
     */
    public <E extends Enum<E>> E keyChoice(String key, Class<E> type) {
        String value = raw(key);
        if (value == null) {
            return null;
        }
        E found = constant(value, type);
        return found != null ? found : failed(key, "import.value.choice", null, labels(type, ", "));
    }

    private <E extends Enum<E>> E constant(String value, Class<E> type) {
        String wanted = ImportText.normalize(value);
        for (E constant : type.getEnumConstants()) {
            if (context.names(constant).stream()
                    .anyMatch(n -> ImportText.normalize(n).equals(wanted))) {
                return constant;
            }
        }
        return null;
    }

    private <E extends Enum<E>> String labels(Class<E> type, String separator) {
        List<String> labels = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            labels.add(context.label(constant));
        }
        return String.join(separator, labels);
    }

    /**
     * Several constants of an enum in one cell, separated by semicolons or line breaks (a label may hold a comma), as
     * the exports write them.
     */
    public <E extends Enum<E>> Set<E> choices(String key, Class<E> type, Set<E> current) {
        if (!has(key)) {
            return current;
        }
        Set<E> values = EnumSet.noneOf(type);
        String text = raw(key);
        for (String part : text == null ? new String[0] : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            E found = constant(part, type);
            if (found == null) {
                return failed(key, "import.value.choices", current, part.strip(), labels(type, "; "));
            }
            values.add(found);
        }
        Set<E> before = current == null || current.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(current);
        return changed(key, before, values);
    }

    /** Yes or no, written as the messages {@code yesKey} and {@code noKey} say it (in either language). */
    public Boolean flag(String key, Boolean current, String yesKey, String noKey) {
        if (!has(key)) {
            return current;
        }
        String value = raw(key);
        if (value == null) {
            return changed(key, current, null);
        }
        String wanted = ImportText.normalize(value);
        for (boolean answer : new boolean[] {true, false}) {
            String messageKey = answer ? yesKey : noKey;
            if (context.messages(messageKey).stream()
                    .anyMatch(m -> ImportText.normalize(m).equals(wanted))) {
                return changed(key, current, answer);
            }
        }
        return failed(
                key,
                "import.value.choice",
                current,
                context.messages(yesKey).get(0) + ", " + context.messages(noKey).get(0));
    }

    /** A reference to another record found by what the cell says (a unit's name, a product…). */
    public Ref ref(String key, Ref current, Function<String, Parsed<Ref>> find) {
        if (!has(key)) {
            return current;
        }
        String value = raw(key);
        if (value == null) {
            return changed(key, current, null);
        }
        Parsed<Ref> found = find.apply(value);
        return found.isError() ? failed(key, found.errorKey(), current) : changed(key, current, found.value());
    }

    /** A required field: the message "bắt buộc" at its column when it is empty. */
    public void require(String key, Object value) {
        if (value == null && problems.stream().noneMatch(p -> key.equals(p.column()))) {
            error(key, "import.value.required");
        }
    }

    public void error(String column, String messageKey, Object... args) {
        problems.add(new Problem(column, messageKey, List.of(args)));
    }

    /** A problem of the whole row (its record cannot be found or saved). */
    public void rowError(String messageKey, Object... args) {
        error(null, messageKey, args);
    }

    /** A change the typed getters cannot see (a list of participants…). */
    public void change(String column, String from, String to) {
        changes.add(new Change(column, from, to));
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    private <T> T failed(String key, String messageKey, T current, Object... args) {
        error(key, messageKey, args);
        return current;
    }

    private <T> T changed(String key, T current, T value) {
        if (!same(current, value)) {
            changes.add(new Change(key, show(current), show(value)));
        }
        return value;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String s && s.isBlank()) {
            a = null;
        }
        if (b instanceof String s && s.isBlank()) {
            b = null;
        }
        if (a instanceof String s && b instanceof String t) {
            return s.strip().equals(t.strip());
        }
        if (a instanceof Collection<?> c && c.isEmpty()) {
            a = null;
        }
        if (b instanceof Collection<?> c && c.isEmpty()) {
            b = null;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    public String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Ref ref) {
            return ref.name();
        }
        if (value instanceof Enum<?> e) {
            return context.label(e);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Collection<?> values) {
            List<String> shown = new ArrayList<>();
            values.forEach(v -> shown.add(show(v)));
            return String.join("; ", shown);
        }
        if (value instanceof Boolean b) {
            return context.messages(b ? "import.yes" : "import.no").get(0);
        }
        return value.toString();
    }
}

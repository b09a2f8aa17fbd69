package vn.valuechain.shared.imports;

import java.util.List;
import java.util.function.Supplier;
import vn.valuechain.shared.table.ColumnType;

/**
 * A column an import reads. Its header is the message {@code key}, recognised in Vietnamese or English, case and
 * accents ignored. A required column must be in the file; any other may be left out, and then the field stays as it
 * is on the records the file matches.
 *
 * @param choices for the template's drop-down list: an enum's labels or a reference list (products, units)
 * @param choiceKeys the same, as messages
 * @param example the value in the template's example row
 */
public record ImportColumn(
        String key,
        boolean required,
        ColumnType type,
        Class<? extends Enum<?>> enumType,
        Supplier<List<String>> choices,
        List<String> choiceKeys,
        String example) {

    public static ImportColumn of(String key, ColumnType type) {
        return new ImportColumn(key, false, type, null, null, List.of(), null);
    }

    public static ImportColumn text(String key) {
        return of(key, ColumnType.TEXT);
    }

    /** A column whose values are an enum's labels (or its codes). */
    public static ImportColumn choice(String key, Class<? extends Enum<?>> type) {
        return new ImportColumn(key, false, ColumnType.TEXT, type, null, List.of(), null);
    }

    public ImportColumn mandatory() {
        return new ImportColumn(key, true, type, enumType, choices, choiceKeys, example);
    }

    public ImportColumn choices(Supplier<List<String>> list) {
        return new ImportColumn(key, required, type, enumType, list, choiceKeys, example);
    }

    /** Values named by messages (yes and no, in the province or outside it). */
    public ImportColumn choiceKeys(String... keys) {
        return new ImportColumn(key, required, type, enumType, choices, List.of(keys), example);
    }

    public ImportColumn example(String value) {
        return new ImportColumn(key, required, type, enumType, choices, choiceKeys, value);
    }
}

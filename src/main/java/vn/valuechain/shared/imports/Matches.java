package vn.valuechain.shared.imports;

import java.util.List;
import java.util.function.Function;
import vn.valuechain.shared.table.CellParsers.Parsed;

/** Finding the record a row means, the same way for every registry kind. */
public final class Matches {

    /** Records of a name: in one unit (or none), or in any unit when the file has no unit column. */
    @FunctionalInterface
    public interface ByName {
        List<Long> find(String name, boolean anyUnit, Long unitId);
    }

    private Matches() {}

    /**
     * By the code (registration or tax code) when the row has one; else by the exact name within the unit the row
     * names (any unit when the file has no unit column). Empty when the row names nothing usable.
     */
    public static List<Long> byCodeOrName(
            ImportRow row,
            String codeKey,
            String nameKey,
            String unitKey,
            Function<String, Parsed<Ref>> unit,
            Function<String, List<Long>> byCode,
            ByName byName) {
        String code = row.raw(codeKey);
        String name = row.raw(nameKey);
        if (code != null) {
            return row.context().cached(codeKey, code.trim().toUpperCase(), byCode);
        }
        if (name == null) {
            return List.of();
        }
        if (!row.has(unitKey)) {
            return byName.find(name, true, null);
        }
        String written = row.raw(unitKey);
        Parsed<Ref> found = written == null ? null : unit.apply(written);
        if (found != null && found.isError()) {
            return List.of();
        }
        return byName.find(name, false, found == null ? null : found.value().id());
    }

    /** The key that tells two rows of a file apart: the code, else the name within the unit. */
    public static String key(String code, String name, Ref unit) {
        return code != null
                ? "code:" + code.trim().toUpperCase()
                : "name:" + ImportText.normalize(name) + "@" + (unit == null ? "" : unit.id());
    }
}

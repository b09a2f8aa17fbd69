package vn.valuechain.shared.imports;

import java.util.List;
import java.util.function.Function;
import vn.valuechain.shared.security.UnitScopedUser;

/** What rows of one import share: who imports, how values are named, and look-ups made once per file. */
public interface ImportContext {

    UnitScopedUser user();

    /** An enum constant as the reader's language names it. */
    String label(Enum<?> value);

    /** Every way a cell may name an enum constant: its code and its Vietnamese and English labels. */
    List<String> names(Enum<?> value);

    /** A message in Vietnamese and in English, for cells that may be written in either. */
    List<String> messages(String key);

    /** A look-up done once per file and value (a unit's name, a product, a record by its key). */
    <K, V> V cached(String area, K key, Function<K, V> load);
}

package vn.valuechain.shared.imports;

import java.util.List;

/**
 * One kind of record that can be imported from a table (cooperatives, enterprises…): its columns and how a row
 * becomes a new record or a change to one. A feature implements it as a bean in its own package; the import pages
 * collect every such bean. {@link #plan(ImportRow)} only reads: the returned {@link RowPlan} writes when applied,
 * through the feature's service, inside the one transaction of the whole file.
 */
public interface TableImporter {

    /** Its name in URLs, title, template file name and place in the list of kinds. */
    ImportKind about();

    /** The kind's name in URLs, e.g. {@code cooperatives} (the import page reads it, as it does the title). */
    default String kind() {
        return about().kind();
    }

    default String titleKey() {
        return about().titleKey();
    }

    List<ImportColumn> columns();

    /**
     * Reads the row through its typed getters (which note wrong cells and changed fields), matches it to an existing
     * record by the kind's key, checks it by the same rules as the feature's form, and says what applying would do.
     */
    RowPlan plan(ImportRow row);
}

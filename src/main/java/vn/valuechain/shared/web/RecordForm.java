package vn.valuechain.shared.web;

import lombok.Getter;
import lombok.Setter;

/**
 * What every edit form of a record carries besides its fields: the record's id (none for a new record) and the
 * version it was read at, which the save checks so that nobody overwrites a change they have not seen.
 */
@Getter
@Setter
public abstract class RecordForm {

    private Long id;
    private long version;

    /** Read from a stored record (the version it was read at). */
    protected void editing(long id, long version) {
        this.id = id;
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }
}

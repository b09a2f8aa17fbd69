package vn.valuechain.shared.history;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who, when, what kind of change, and which fields changed. */
public record HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes) {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED,
        RESTORED,
        /** A file attached to the record (shown in the record's history, see {@code AttachmentService}). */
        ATTACHED,
        /** A file removed from the record. */
        DETACHED
    }
}

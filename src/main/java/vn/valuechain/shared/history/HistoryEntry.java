package vn.valuechain.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: who, when, what kind of change, and which fields changed. For a record shown in its
 * parent's history (a chain's participant), subjectKey and subject say which one ("Thành viên chuỗi: HTX Định Thủy");
 * both are null otherwise.
 */
public record HistoryEntry(
        long revision,
        Instant at,
        String username,
        Kind kind,
        List<FieldChange> changes,
        String subjectKey,
        String subject) {

    public HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes) {
        this(revision, at, username, kind, changes, null, null);
    }

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED,
        RESTORED
    }
}

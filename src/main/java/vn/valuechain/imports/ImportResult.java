package vn.valuechain.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.valuechain.shared.imports.RowStatus;

/**
 * The dry run of a file: a message when the file cannot be used at all, else every data row with what applying would
 * do, and the columns read and ignored.
 */
public record ImportResult(
        String kind,
        String fileName,
        String fileError,
        List<String> columns,
        List<String> ignored,
        List<RowResult> rows) {

    /** A field a row changes, old → new. */
    public record FieldChange(String column, String from, String to) {}

    public record RowResult(
            int number, RowStatus status, String name, List<FieldChange> changes, List<String> messages) {}

    public static ImportResult failed(String kind, String fileName, String message) {
        return new ImportResult(kind, fileName, message, List.of(), List.of(), List.of());
    }

    public Map<RowStatus, Long> counts() {
        Map<RowStatus, Long> counts = new EnumMap<>(RowStatus.class);
        for (RowStatus status : RowStatus.values()) {
            counts.put(status, rows.stream().filter(r -> r.status() == status).count());
        }
        return counts;
    }

    public boolean applicable() {
        return fileError == null && rows.stream().noneMatch(r -> r.status() == RowStatus.ERROR);
    }

    /**
     * Whether this plan does what the user saw in {@code seen}: every row as it was then, or now unchanged (the
     * records already hold what the row says, e.g. another dry run of the same file was applied meanwhile).
     */
    public boolean stillAsSeen(ImportResult seen) {
        if (rows.size() != seen.rows().size()) {
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            RowResult now = rows.get(i);
            if (now.status() != RowStatus.UNCHANGED && !now.equals(seen.rows().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether applying would write anything. */
    public boolean changesSomething() {
        return rows.stream().anyMatch(r -> r.status() == RowStatus.NEW || r.status() == RowStatus.CHANGED);
    }
}

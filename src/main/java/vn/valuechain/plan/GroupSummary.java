package vn.valuechain.plan;

import java.util.Map;

/**
 * The items of an agency, a chain or a unit, counted by status on a date; total: the items, each once. Partial for a
 * unit whose items lie in it only in part (a split commune).
 */
public record GroupSummary(Long id, String label, Map<ItemStatus, Long> counts, int total, boolean partial) {

    public long count(ItemStatus status) {
        return counts.getOrDefault(status, 0L);
    }
}

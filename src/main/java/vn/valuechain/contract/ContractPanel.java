package vn.valuechain.contract;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts shown on a cooperative's, enterprise's or chain's page: the first rows (newest first) and how many
 * there are in all, with their state on {@code today}.
 */
public record ContractPanel(List<ContractRow> rows, long total, LocalDate today) {

    /** For a chain's page: in force, ended, broken, then those not (yet) in force; empty groups left out. */
    public Map<ContractState.Group, List<ContractRow>> byGroup() {
        Map<ContractState.Group, List<ContractRow>> groups = new EnumMap<>(ContractState.Group.class);
        for (ContractState.Group group : ContractState.Group.values()) {
            List<ContractRow> inGroup =
                    rows.stream().filter(r -> r.state(today).group() == group).toList();
            if (!inGroup.isEmpty()) {
                groups.put(group, inGroup);
            }
        }
        return groups;
    }

    public boolean more() {
        return total > rows.size();
    }
}

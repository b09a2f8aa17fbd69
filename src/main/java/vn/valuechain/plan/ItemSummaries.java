package vn.valuechain.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemRow;
import vn.valuechain.plan.ItemSummary.AgencyCell;

/**
 * Reads items for the framework table and the lists: four queries for any number of items (rows, agencies, phases,
 * and their statuses on the date from {@link ItemStatuses}), never one per item.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemSummaries {

    private final ItemRowQueries rows;
    private final ItemStatuses statuses;

    /** The items in the order of the ids given. */
    public List<ItemSummary> load(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ItemRow> items = rows.items(ids).stream().collect(Collectors.toMap(ItemRow::id, r -> r));
        Map<Long, List<AgencyRow>> agencies =
                rows.agencies(ids).stream().collect(Collectors.groupingBy(AgencyRow::itemId));
        Map<Long, List<Timeframe.Phase>> phases = rows.phases(ids).stream()
                .collect(Collectors.groupingBy(
                        FrameworkRows.PhaseRow::itemId,
                        Collectors.mapping(
                                p -> new Timeframe.Phase(p.startOn(), p.endOn(), p.recurringYearly(), p.label()),
                                Collectors.toList())));
        Map<Long, StatusAssessment> status = statuses.of(ids, on);
        List<ItemSummary> summaries = new ArrayList<>();
        for (Long id : ids) {
            summaries.add(new ItemSummary(
                    items.get(id),
                    cells(agencies.getOrDefault(id, List.of())),
                    phases.getOrDefault(id, List.of()),
                    status.get(id)));
        }
        return summaries;
    }

    /** One cell per phrase as written: the districts of a group phrase are one cell. */
    private static Map<AgencyRole, List<AgencyCell>> cells(List<AgencyRow> rows) {
        Map<AgencyRole, Map<String, List<AgencyRow>>> byPhrase = new EnumMap<>(AgencyRole.class);
        for (AgencyRow r : rows) {
            byPhrase.computeIfAbsent(r.role(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.writtenAs(), k -> new ArrayList<>())
                    .add(r);
        }
        Map<AgencyRole, List<AgencyCell>> cells = new EnumMap<>(AgencyRole.class);
        byPhrase.forEach((role, phrases) -> cells.put(
                role,
                phrases.entrySet().stream()
                        .map(e -> new AgencyCell(
                                e.getKey(),
                                e.getValue().stream()
                                        .map(r -> r.agencyLabel() != null ? r.agencyLabel() : r.unitName())
                                        .filter(m -> m != null)
                                        .distinct()
                                        .collect(Collectors.joining(", ")),
                                e.getValue().stream().anyMatch(AgencyRow::needsReview)))
                        .toList()));
        return cells;
    }
}

package vn.valuechain.plan;

import java.util.Collection;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemRow;
import vn.valuechain.plan.FrameworkRows.PhaseRow;
import vn.valuechain.plan.FrameworkRows.TargetRow;

/**
 * The framework rows of a set of items, in SQL with the ids as one array ({@code = any(:ids)}). As HQL with
 * {@code in :ids}, Hibernate translated each of these again on every request (the SQL depends on the list's length);
 * that was a tenth of an item list's time on national data. Unlike HQL, they do not flush first: the callers only read.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemRowQueries {

    private final JdbcClient jdbc;

    List<ItemRow> items(Collection<Long> ids) {
        return of("""
                select i.id, p.id plan_id, p.document_number plan_number, s.id section_id, s.code section_code,
                       s.title section_title, s.chain_id, s.sort_order section_order, i.ordinal, i.sort_order, i.content,
                       i.input_activities, i.expected_outputs, i.timeframe_text, i.timeframe_needs_review
                from action_item i join plan p on p.id = i.plan_id join plan_section s on s.id = i.section_id
                where i.id = any(:ids)
                """, ids, ItemRow.class);
    }

    /** One row per agency or unit a phrase names, in each item's order. */
    List<AgencyRow> agencies(Collection<Long> ids) {
        return of("""
                select a.action_item_id item_id, a.role, a.written_as, g.id agency_id,
                       coalesce(g.short_name, g.name) agency_label, u.id unit_id, u.name unit_name, a.needs_review
                from action_item_agency a left join agency g on g.id = a.agency_id
                     left join administrative_unit u on u.id = a.administrative_unit_id
                where a.action_item_id = any(:ids) order by a.sort_order, a.id
                """, ids, AgencyRow.class);
    }

    List<PhaseRow> phases(Collection<Long> ids) {
        return of("""
                select action_item_id item_id, start_on, end_on, recurring_yearly, label
                from action_item_phase where action_item_id = any(:ids) order by sort_order, id
                """, ids, PhaseRow.class);
    }

    List<TargetRow> targets(Collection<Long> ids) {
        return of("""
                select action_item_id item_id, id, indicator, value, unit, year
                from target where action_item_id = any(:ids) order by year, id
                """, ids, TargetRow.class);
    }

    private <R> List<R> of(String sql, Collection<Long> ids, Class<R> row) {
        return jdbc.sql(sql).param("ids", ids.toArray(Long[]::new)).query(row).list();
    }
}

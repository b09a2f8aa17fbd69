package vn.valuechain.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.UnitGrouping;
import vn.valuechain.plan.ItemScope.Scope;

/**
 * Items by status on a date, worked out in the database ({@code vco_item_status}, V56) for the rows a page shows: the
 * status of given items, a page of the items matching filters (status among them), and counts by status overall, per
 * agency, per chain and per district. Each answer is one SQL statement, whatever the number of items.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemStatuses {

    private static final String ORDER = " order by i.plan_id, s.sort_order, i.sort_order, i.id";

    /**
     * The units an item names (an agency row or a place of work) as the units tables group by on :on: the unit in
     * force then that each lies in, at the level of vco_group_level (districts before 01/07/2025, communes after; a
     * unit coarser than that stays itself; provinces at a national installation's whole scope). Rows of item_id, group_id,
     * whole (false: the item's unit lies in the group only in part). Placeholders: whether the scope is whole, and the
     * restriction of the units named.
     */
    private static final String ITEM_UNITS = "(select x.item_id, " + UnitGrouping.columns("x.unit_id", "group_id")
            + """
             from (
                 select a.action_item_id as item_id, a.administrative_unit_id as unit_id from action_item_agency a
                 where a.administrative_unit_id is not null
                 union
                 select iu.action_item_id, iu.administrative_unit_id from action_item_unit iu) x
            """
            + UnitGrouping.join("x.unit_id", "on", "%s") + " where %s group by x.item_id, "
            + UnitGrouping.key("x.unit_id") + ") x ";

    /** An agency named by an item (a.agency_id) as the body it is today: the last of its successors. */
    private static final String TODAYS_AGENCY = """
             join lateral (
                 with recursive line(id, depth) as (
                     select a.agency_id, 0
                     union all
                     select o.successor_id, l.depth + 1 from line l join agency o on o.id = l.id
                     where o.successor_id is not null and l.depth < 20)
                 select id from line order by depth desc limit 1) today on true
             join agency ag on ag.id = today.id""";

    private final JdbcClient jdbc;

    /** Each item's status on the date, by id. */
    public Map<Long, StatusAssessment> of(Collection<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, StatusAssessment> statuses = new LinkedHashMap<>();
        jdbc.sql("select * from vco_item_status(:on) where action_item_id = any(:ids)")
                .param("on", on)
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    statuses.put(rs.getLong("action_item_id"), assessment(rs));
                });
        return statuses;
    }

    /**
     * A page of the ids of the items matching the filter that the scope sees, in the plans' order. Filtered, the
     * matching items are all found anyway and the total comes with the page ({@code count(*) over ()}). The whole
     * list of every item counts in a statement of its own: PostgreSQL then reads the page's items in the plans' order
     * from action_item_plan_idx and sorts only within a plan (on 17,000 items: 0.9 ms for the page and 1 ms for the
     * count, against 17 ms joining, sorting and counting every item at once).
     */
    public Page<Long> ids(ItemFilter filter, Scope scope, LocalDate on, Pageable pageable) {
        Query q = new Query(filter, scope, on);
        boolean totalWithPage = !q.everything();
        List<long[]> rows = q.params(jdbc.sql("select i.id, " + (totalWithPage ? "count(*) over ()" : "0") + " as total"
                        + q.from() + ORDER + " limit :limit offset :offset"))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        List<Long> ids = rows.stream().map(r -> r[0]).toList();
        long total;
        if (rows.isEmpty()) {
            total = pageable.getOffset() == 0 ? 0 : count(q);
        } else {
            total = totalWithPage ? rows.get(0)[1] : count(q);
        }
        return new PageImpl<>(ids, pageable, total);
    }

    /** Every id of the items matching the filter that the scope sees, in the plans' order. */
    public List<Long> allIds(ItemFilter filter, Scope scope, LocalDate on) {
        Query q = new Query(filter, scope, on);
        return q.params(jdbc.sql("select i.id" + q.from() + ORDER))
                .query(Long.class)
                .list();
    }

    private long count(Query q) {
        // Every item: an item always has its plan and section, so the joins add nothing but 4 ms of the 5.
        return q.params(jdbc.sql("select count(*)" + (q.everything() ? " from action_item" : q.from())))
                .query(Long.class)
                .single();
    }

    /**
     * The items of the scope with working days between two dates and not done on the reference date, in the plans'
     * order: what has work in a reporting period.
     */
    public List<Long> withWorkBetween(Scope scope, LocalDate from, LocalDate to, LocalDate on) {
        Query q = new Query(ItemFilter.NONE, scope, on);
        List<Long> withWork = q.params(jdbc.sql("select i.id" + q.from() + """
                         and exists (select 1 from action_item_working_time w where w.action_item_id = i.id
                                     and w.starts_on <= :to and w.ends_on >= :from)
                        """ + ORDER))
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .list();
        if (withWork.isEmpty()) {
            return withWork;
        }
        // The status of these items only: joined to the list's query, the status function made PostgreSQL plan for
        // 6 ms on every request.
        Set<Long> notDone = new HashSet<>(
                jdbc.sql("select action_item_id from vco_item_status(:on) where action_item_id = any(:ids)"
                                + " and status <> 'DONE'")
                        .param("on", on)
                        .param("ids", withWork.toArray(Long[]::new))
                        .query(Long.class)
                        .list());
        return withWork.stream().filter(notDone::contains).toList();
    }

    /** How many items matching the filter within the scope are in each status on the date. */
    public Map<ItemStatus, Long> counts(ItemFilter filter, Scope scope, LocalDate on) {
        Query q = new Query(filter, scope, on).withStatuses();
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        q.params(jdbc.sql("select st.status, count(*)" + q.from() + " group by st.status"))
                .query(rs -> {
                    counts.put(ItemStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** The first and last year the working time of the items matching the filter spans; null without any. */
    public int[] years(ItemFilter filter, Scope scope, LocalDate on) {
        Query q = new Query(filter, scope, on);
        return q.params(jdbc.sql("""
                        select extract(year from min(w.first_on))::int, extract(year from max(w.last_on))::int
                        """ + q.from(" join action_item_working_time w on w.action_item_id = i.id")))
                .query((rs, n) -> rs.getObject(1) == null ? null : new int[] {rs.getInt(1), rs.getInt(2)})
                .list()
                .get(0); // an aggregate: one row, null when no item has a working time
    }

    /**
     * Per agency named in the role, the items of the scope passing the filter by status; most items first. As today:
     * each agency counted as the body it is today (a 2018 plan's Sở NN&PTNT under today's Sở Nông nghiệp và Môi
     * trường).
     */
    public List<GroupSummary> byAgency(AgencyRole role, ItemFilter filter, Scope scope, LocalDate on, boolean asToday) {
        Query q = new Query(filter, scope, on).withStatuses();
        List<GroupRow> rows = q.params(jdbc.sql("select ag.id, coalesce(ag.short_name, ag.name), st.status, "
                        + "count(distinct i.id), false"
                        + q.from(" join action_item_agency a on a.action_item_id = i.id and a.role = :role"
                                + (asToday ? " " + TODAYS_AGENCY : " join agency ag on ag.id = a.agency_id"))
                        + " group by ag.id, ag.short_name, ag.name, st.status"))
                .param("role", role.name())
                .query(ItemStatuses::groupRow)
                .list();
        return groups(rows).stream()
                .sorted(Comparator.comparingInt(GroupSummary::total).reversed().thenComparing(GroupSummary::label))
                .toList();
    }

    /** Per chain the plans' sections are about, the items of the scope by status; the common activities (id null) first. */
    public List<GroupSummary> byChain(Scope scope, LocalDate on) {
        Query q = new Query(ItemFilter.NONE, scope, on).withStatuses();
        List<GroupRow> rows = q.params(jdbc.sql("select s.chain_id, c.name, st.status, count(*), false"
                        + q.from(" left join chain c on c.id = s.chain_id")
                        + " group by s.chain_id, c.name, st.status"))
                .query(ItemStatuses::groupRow)
                .list();
        return groups(rows).stream()
                .sorted(Comparator.comparing(GroupSummary::id, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Per unit the items name (as an agency or a place of work), grouped as the tables group on the date (today's
     * communes, the districts of the time before 01/07/2025; a unit an item's unit lies in only in part in a row of its
     * own), among the scope's units, the items by status, by name. An item naming two units counts in both; one naming
     * none in neither.
     */
    public List<GroupSummary> byUnit(ItemFilter filter, Scope scope, LocalDate on) {
        Query q = new Query(filter, scope, on).withStatuses();
        String from =
                q.from(" join " + ITEM_UNITS.formatted(scope.all(), scope.all() ? "true" : "x.unit_id in (:units)")
                        + " on x.item_id = i.id");
        List<GroupRow> rows = q.params(jdbc.sql("select x.group_id, vco_unit_name(x.group_id, cast(:on as date)),"
                        + " st.status, count(distinct i.id), not x.whole" + from
                        + " group by x.group_id, x.whole, st.status"))
                .query(ItemStatuses::groupRow)
                .list();
        return groups(rows).stream()
                .sorted(Comparator.comparing(GroupSummary::label)
                        .thenComparing(GroupSummary::partial)
                        .thenComparing(GroupSummary::id))
                .toList();
    }

    private record GroupRow(Long id, String label, ItemStatus status, long count, boolean partial) {}

    private static GroupRow groupRow(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        return new GroupRow(
                rs.wasNull() ? null : id,
                rs.getString(2),
                ItemStatus.valueOf(rs.getString(3)),
                rs.getLong(4),
                rs.getBoolean(5));
    }

    private static List<GroupSummary> groups(List<GroupRow> rows) {
        Map<List<Object>, List<GroupRow>> byGroup = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> Arrays.asList(r.id(), r.partial()), LinkedHashMap::new, Collectors.toList()));
        List<GroupSummary> groups = new ArrayList<>();
        byGroup.values().forEach(g -> {
            Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
            g.forEach(r -> counts.merge(r.status(), r.count(), Long::sum));
            groups.add(new GroupSummary(
                    g.get(0).id(),
                    g.get(0).label(),
                    counts,
                    (int) counts.values().stream().mapToLong(Long::longValue).sum(),
                    g.get(0).partial()));
        });
        return groups;
    }

    private static StatusAssessment assessment(ResultSet rs) throws SQLException {
        BigDecimal elapsed = rs.getBigDecimal("elapsed");
        return new StatusAssessment(
                ItemStatus.valueOf(rs.getString("status")),
                elapsed == null ? null : elapsed.doubleValue(),
                new Achievement(
                        rs.getBigDecimal("share").doubleValue(),
                        Achievement.Basis.valueOf(rs.getString("basis")),
                        rs.getInt("targets")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class));
    }

    /**
     * The items a filter and a scope select, as SQL: {@link #from()} is " from … where …" over action_item i, its
     * section s and plan p, and (with a status, or when asked) their statuses st on the date. Only the conditions
     * that apply are written, so that each query is planned for what it asks.
     */
    private static final class Query {

        private final ItemFilter filter;
        private final Scope scope;
        private final LocalDate on;
        private boolean statuses;

        Query(ItemFilter filter, Scope scope, LocalDate on) {
            this.filter = filter;
            this.scope = scope;
            this.on = on;
            this.statuses = filter.status() != null;
        }

        Query withStatuses() {
            statuses = true;
            return this;
        }

        /** Every item there is: no filter, no status, the whole country's reach. */
        boolean everything() {
            return scope.all() && filter.equals(ItemFilter.NONE) && !statuses;
        }

        String from() {
            return from("");
        }

        /** The same with more joins (tables a grouping reads) before the conditions. */
        String from(String joins) {
            StringBuilder sql = new StringBuilder(
                    " from action_item i join plan_section s on s.id = i.section_id join plan p on p.id = i.plan_id");
            if (statuses) {
                sql.append(" join vco_item_status(:on) st on st.action_item_id = i.id");
            }
            sql.append(joins).append(" where true");
            if (filter.planId() != null) {
                sql.append(" and i.plan_id = :plan");
            }
            if (filter.chainId() != null) {
                sql.append(" and s.chain_id = :chain");
            }
            if (filter.agencyId() != null) {
                sql.append(" and exists (select 1 from action_item_agency fa where fa.action_item_id = i.id"
                        + " and fa.agency_id = :agency"
                        + (filter.role() == null ? "" : " and fa.role = :agencyRole")
                        + ")");
            }
            if (!scope.all()) {
                // The items naming one of the units (an agency row or a place of work), or of a province among them:
                // found from the units' side, as one condition over the three ways rather than three ORed tests on
                // every item (a commune's few items among 17,000: 1.5 ms against 3.7).
                sql.append(" and i.id in (select pi.id from action_item pi join plan pp on pp.id = pi.plan_id"
                        + " where pp.province_id in (:units)"
                        + " union select sa.action_item_id from action_item_agency sa"
                        + " where sa.administrative_unit_id in (:units)"
                        + " union select su.action_item_id from action_item_unit su"
                        + " where su.administrative_unit_id in (:units))");
            }
            if (filter.status() != null) {
                sql.append(" and st.status = :status");
            }
            if (filter.needsReview()) {
                sql.append(" and (i.timeframe_needs_review or exists (select 1 from action_item_agency ra"
                        + " where ra.action_item_id = i.id and ra.needs_review))");
            }
            return sql.toString();
        }

        JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec) {
            if (statuses) {
                spec = spec.param("on", on);
            }
            if (filter.planId() != null) {
                spec = spec.param("plan", filter.planId());
            }
            if (filter.chainId() != null) {
                spec = spec.param("chain", filter.chainId());
            }
            if (filter.agencyId() != null) {
                spec = spec.param("agency", filter.agencyId());
                if (filter.role() != null) {
                    spec = spec.param("agencyRole", filter.role().name());
                }
            }
            if (!scope.all()) {
                spec = spec.param("units", scope.unitsParameter());
            }
            if (filter.status() != null) {
                spec = spec.param("status", filter.status().name());
            }
            return spec;
        }
    }
}

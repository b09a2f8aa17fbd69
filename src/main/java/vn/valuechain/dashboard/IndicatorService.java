package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.UnitGrouping;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.table.RowWriter;

/**
 * Chain completeness and contract coverage, exactly as defined in the domain, for any set of chains, computed
 * in the database: a summary is three queries, a table one, a list one, however many chains there are.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IndicatorService {

    private static final String AGGREGATES = """
            count(*) as chains,
            count(*) filter (where met = applicable) as complete,
            count(*) filter (where c_cooperative and c_enterprise) as coop_enterprise,
            count(*) filter (where c_certification) as certified,
            count(*) filter (where c_offtake) as with_offtake,
            count(*) filter (where coverage_problem is null and kg_factor is not null) as with_coverage,
            sum(coalesce(contracted, 0) * kg_factor) filter (where coverage_problem is null and kg_factor is not null) as contracted_kg,
            sum(coalesce(realised, 0) * kg_factor) filter (where coverage_problem is null and kg_factor is not null) as realised_kg,
            sum(planned_output * kg_factor) filter (where coverage_problem is null and kg_factor is not null) as planned_kg,
            count(*) filter (where coverage_problem is null and kg_factor is null) as other_chains,
            sum(planned_output) filter (where coverage_problem is null and kg_factor is null) as other_planned,
            sum(coalesce(contracted, 0)) filter (where coverage_problem is null and kg_factor is null) as other_contracted,
            sum(coalesce(realised, 0)) filter (where coverage_problem is null and kg_factor is null) as other_realised,
            grouping(output_unit) = 0 as per_unit, output_unit
            """;

    /** How many rows a list behind a figure has, in each of its rows. */
    private static final String TOTAL = "count(*) over () as total_rows";

    /** Rows an export reads from the database at a time. */
    private static final int FETCH_SIZE = 1000;

    /** What a figure on the dashboard counts, for the list of chains behind it. */
    private static final Map<String, String> SELECTIONS = selections();

    private final JdbcClient jdbc;
    private final FiguresCache cache;

    public static String formulaVersion() {
        return IndicatorSql.FORMULA_VERSION;
    }

    /**
     * The dashboard's figures in one transaction, so that one read of the figures' generation serves them all; the
     * province's summary (beside a DISTRICT user's figures) when a province filter is given.
     */
    public Figures figures(IndicatorFilter filter, IndicatorFilter province) {
        return new Figures(
                summary(filter), byProduct(filter), byUnit(filter), province == null ? null : summary(province));
    }

    public record Figures(Summary summary, List<GroupRow> byProduct, List<GroupRow> byUnit, Summary province) {}

    public Summary summary(IndicatorFilter filter) {
        return cache.get(new FiguresKey("summary", filter), () -> computeSummary(filter));
    }

    private Summary computeSummary(IndicatorFilter filter) {
        StringBuilder sql =
                new StringBuilder(IndicatorSql.SCORES).append("select ").append(AGGREGATES);
        for (Criterion c : Criterion.values()) {
            sql.append(", count(*) filter (where ")
                    .append(c.column())
                    .append(") as met_")
                    .append(c.column())
                    .append(", count(")
                    .append(c.column())
                    .append(") as applicable_")
                    .append(c.column());
        }
        // One row for the whole selection, one per output unit for the chains planned in head or pieces.
        sql.append(" from judged group by grouping sets ((), (output_unit))");
        List<Map<String, Object>> rows =
                params(sql.toString(), filter, null).query().listOfRows();
        Map<String, Object> totals = rows.stream()
                .filter(r -> !Boolean.TRUE.equals(r.get("per_unit")))
                .findFirst()
                .orElseThrow();
        Map<Criterion, Summary.Tally> criteria = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            criteria.put(
                    c,
                    new Summary.Tally(
                            number(totals.get("met_" + c.column())), number(totals.get("applicable_" + c.column()))));
        }
        Map<String, Object> cooperatives = unitAndProduct(
                        "select count(*) filter (where type <> 'THT') as total,"
                                + " count(contract_id) filter (where type <> 'THT') as stable,"
                                + " count(*) filter (where type = 'THT') as groups_total,"
                                + " count(contract_id) filter (where type = 'THT') as groups_stable from ("
                                + IndicatorSql.COOPERATIVES + ") x",
                        filter)
                .query()
                .singleRow();
        long enterprises = unitAndProduct(
                        "select count(distinct id) from (" + IndicatorSql.OFFTAKE_ENTERPRISES + ") x", filter)
                .query(Long.class)
                .single();
        BigDecimal planned = (BigDecimal) totals.get("planned_kg");
        return new Summary(
                number(totals.get("chains")),
                number(totals.get("complete")),
                number(totals.get("coop_enterprise")),
                number(totals.get("certified")),
                number(totals.get("with_offtake")),
                criteria,
                number(cooperatives.get("total")),
                number(cooperatives.get("stable")),
                number(cooperatives.get("groups_total")),
                number(cooperatives.get("groups_stable")),
                enterprises,
                number(totals.get("with_coverage")),
                Percent.of((BigDecimal) totals.get("contracted_kg"), planned),
                Percent.of((BigDecimal) totals.get("realised_kg"), planned),
                UnitCoverage.of(
                        "TAN",
                        number(totals.get("with_coverage")),
                        tonnes(planned),
                        tonnes((BigDecimal) totals.get("contracted_kg")),
                        tonnes((BigDecimal) totals.get("realised_kg"))),
                rows.stream()
                        .filter(r -> Boolean.TRUE.equals(r.get("per_unit")))
                        .map(IndicatorService::otherUnit)
                        .flatMap(Optional::stream)
                        .toList());
    }

    public List<GroupRow> byProduct(IndicatorFilter filter) {
        return cache.get(new FiguresKey("byProduct", filter), () -> computeByProduct(filter));
    }

    private List<GroupRow> computeByProduct(IndicatorFilter filter) {
        String sql = IndicatorSql.SCORES + "select p.id, p.name, " + AGGREGATES
                + " from judged j join product p on p.id = j.product_id"
                + " group by grouping sets ((p.id, p.name), (p.id, p.name, j.output_unit))"
                + " order by p.name, p.id, grouping(j.output_unit) desc, j.output_unit";
        return groups(params(sql, filter, null).query().listOfRows());
    }

    /**
     * By the units in force on the reference date, at the level tables group by then (districts before 01/07/2025,
     * communes and wards after; provinces at the whole scope of a national installation, {@code vco_group_level}): a
     * chain counts under the unit its units lie in on that date
     * ({@code unit_map}: an old commune under the new commune it went into, a commune under its district), in a row of
     * its own marked partial when it lies there only in part; a chain registered in a unit coarser than that level (a
     * province, an old district today) counts under that unit; a chain running in two units counts in both.
     */
    public List<GroupRow> byUnit(IndicatorFilter filter) {
        return cache.get(new FiguresKey("byUnit", filter), () -> computeByUnit(filter));
    }

    private List<GroupRow> computeByUnit(IndicatorFilter filter) {
        String sql = IndicatorSql.SCORES + """
                , placed as (select cu.chain_id, """ + UnitGrouping.columns("cu.administrative_unit_id", "unit_id")
                + " from chain_unit cu" + UnitGrouping.join("cu.administrative_unit_id", "d", ":unitAll")
                + " where cu.chain_id in (select id from judged) group by cu.chain_id, "
                + UnitGrouping.key("cu.administrative_unit_id") + """
                )
                select u.id, vco_unit_name(u.id, cast(:d as date)) as name, not pl.whole as partial,
                       not (coalesce(u.valid_from, '-infinity') <= cast(:d as date)
                            and coalesce(u.valid_to, 'infinity') >= cast(:d as date)) as former, """ + AGGREGATES + """
                from placed pl join judged j on j.id = pl.chain_id join administrative_unit u on u.id = pl.unit_id
                group by grouping sets ((u.id, pl.whole), (u.id, pl.whole, j.output_unit))
                order by 2, 1, 3, grouping(j.output_unit) desc, j.output_unit
                """;
        return groups(params(sql, filter, null).query().listOfRows());
    }

    /** The chains behind a figure: selection is a key of the dashboard (e.g. "certified"), met true or false. */
    public Page<ChainScore> chains(IndicatorFilter filter, String selection, boolean met, Pageable pageable) {
        return page(chains(filter, selection, met), pageable, IndicatorService::score);
    }

    /** Every chain behind a figure, as {@link #chains(IndicatorFilter, String, boolean, Pageable)} lists them. */
    public void forEachChain(
            IndicatorFilter filter, String selection, boolean met, RowWriter out, Function<ChainScore, List<?>> cells) {
        each(chains(filter, selection, met), IndicatorService::score, out, cells);
    }

    private JdbcClient.StatementSpec chains(IndicatorFilter filter, String selection, boolean met) {
        String condition = "(" + SELECTIONS.getOrDefault(selection, "true") + ") is " + (met ? "true" : "false");
        return params(
                IndicatorSql.SCORES + "select j.*, p.name as product_name, " + TOTAL
                        + " from judged j join product p on p.id = j.product_id where " + condition
                        + " order by j.name, j.id limit :limit offset :offset",
                filter,
                null);
    }

    /**
     * The chains whose completeness dropped between since and the filter's date (fewer of their applicable criteria
     * met), the largest drop first: both scorecards in one statement, however many chains.
     */
    public Page<ScoreChange> dropped(IndicatorFilter filter, LocalDate since, Pageable pageable) {
        return page(dropped(filter, since), pageable, IndicatorService::change);
    }

    /** Every chain whose completeness dropped, as {@link #dropped(IndicatorFilter, LocalDate, Pageable)} lists them. */
    public void forEachDropped(
            IndicatorFilter filter, LocalDate since, RowWriter out, Function<ScoreChange, List<?>> cells) {
        each(dropped(filter, since), IndicatorService::change, out, cells);
    }

    private JdbcClient.StatementSpec dropped(IndicatorFilter filter, LocalDate since) {
        return params(IndicatorSql.DROPPED, filter, null).param("since", since);
    }

    private static ScoreChange change(ResultSet rs, int row) throws SQLException {
        return new ScoreChange(score(rs, row), rs.getInt("met_before"), rs.getInt("applicable_before"));
    }

    /**
     * The cooperatives behind the figure "HTX có hợp đồng tiêu thụ ổn định" (HTX and unions) or, with groups, behind
     * its THT figure: stable true, those counted as stable (with the contract that makes them so), false the others,
     * null all those counted.
     */
    public Page<CooperativeRow> cooperatives(
            IndicatorFilter filter, boolean groups, Boolean stable, Pageable pageable) {
        return page(cooperatives(filter, groups, stable), pageable, IndicatorService::cooperative);
    }

    /** Every cooperative behind the figure, as {@link #cooperatives(IndicatorFilter, boolean, Boolean, Pageable)}. */
    public void forEachCooperative(
            IndicatorFilter filter,
            boolean groups,
            Boolean stable,
            RowWriter out,
            Function<CooperativeRow, List<?>> cells) {
        each(cooperatives(filter, groups, stable), IndicatorService::cooperative, out, cells);
    }

    private JdbcClient.StatementSpec cooperatives(IndicatorFilter filter, boolean groups, Boolean stable) {
        return unitAndProduct(
                        "select x.id, x.name, au.name as unit_name, x.contract_id, x.contract_number,"
                                + " coalesce(be.name, bc.name, x.buyer_households_name) as buyer_name,"
                                + " x.contract_start, " + TOTAL
                                + " from (" + IndicatorSql.COOPERATIVES + ") x"
                                + " left join administrative_unit au on au.id = x.administrative_unit_id"
                                + " left join enterprise be on be.id = x.buyer_enterprise_id"
                                + " left join cooperative bc on bc.id = x.buyer_cooperative_id"
                                + " where (x.type = 'THT') = " + groups
                                + " and (cast(:stable as boolean) is null or (x.contract_id is not null) = :stable)"
                                + " order by x.name, x.id limit :limit offset :offset",
                        filter)
                .param("stable", stable);
    }

    private static CooperativeRow cooperative(ResultSet rs, int row) throws SQLException {
        return new CooperativeRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("unit_name"),
                rs.getObject("contract_id", Long.class),
                rs.getString("contract_number"),
                rs.getString("buyer_name"),
                rs.getObject("contract_start", LocalDate.class));
    }

    /**
     * The enterprises behind the figure "Số doanh nghiệp có hợp đồng tiêu thụ"; reach: the units whose enterprises the
     * user may open.
     */
    public Page<EnterpriseRow> enterprises(IndicatorFilter filter, UnitScope reach, Pageable pageable) {
        return page(enterprises(filter, reach), pageable, IndicatorService::enterprise);
    }

    /** Every enterprise behind the figure, as {@link #enterprises(IndicatorFilter, UnitScope, Pageable)} lists them. */
    public void forEachEnterprise(
            IndicatorFilter filter, UnitScope reach, RowWriter out, Function<EnterpriseRow, List<?>> cells) {
        each(enterprises(filter, reach), IndicatorService::enterprise, out, cells);
    }

    private JdbcClient.StatementSpec enterprises(IndicatorFilter filter, UnitScope reach) {
        return unitAndProduct(
                        "select e.id, e.name, au.name as unit_name,"
                                + " (:reachAll or e.administrative_unit_id in (:reach)) as open, " + TOTAL
                                + " from enterprise e"
                                + " left join administrative_unit au on au.id = e.administrative_unit_id"
                                + " where e.id in (" + IndicatorSql.OFFTAKE_ENTERPRISES + ")"
                                + " order by e.name, e.id limit :limit offset :offset",
                        filter)
                .param("reachAll", reach.unrestricted())
                .param("reach", reach.ids());
    }

    private static EnterpriseRow enterprise(ResultSet rs, int row) throws SQLException {
        return new EnterpriseRow(
                rs.getLong("id"), rs.getString("name"), rs.getString("unit_name"), rs.getBoolean("open"));
    }

    public static boolean knownSelection(String selection) {
        return SELECTIONS.containsKey(selection);
    }

    /** One chain's scorecard; empty when it does not exist (the chain page checks who may see it). */
    public Optional<ChainScore> scorecard(long chainId, IndicatorFilter filter) {
        return params(
                        IndicatorSql.SCORES + "select j.*, p.name as product_name from judged j "
                                + "join product p on p.id = j.product_id",
                        filter,
                        chainId)
                .query(IndicatorService::score)
                .optional();
    }

    private JdbcClient.StatementSpec params(String sql, IndicatorFilter f, Long chainId) {
        return unitAndProduct(sql, f).param("planId", f.planId()).param("chainId", chainId);
    }

    /** A statement of the filter's units ({@link IndicatorSql#forUnits}), date and product. */
    private JdbcClient.StatementSpec unitAndProduct(String sql, IndicatorFilter f) {
        return jdbc.sql(IndicatorSql.forUnits(sql, f.units()))
                .param("d", f.date())
                .param("unitAll", f.units().unrestricted())
                .param("units", f.units().ids())
                .param("productId", f.productId());
    }

    /**
     * A page of a list behind a figure (its statement ends {@code limit :limit offset :offset} and counts its rows in
     * {@link #TOTAL}): one statement, since the figures of every chain are computed before the page is cut from them.
     */
    private static <T> Page<T> page(JdbcClient.StatementSpec rows, Pageable pageable, RowMapper<T> mapper) {
        long[] total = {0};
        List<T> content = rows.param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, i) -> {
                    total[0] = rs.getLong("total_rows");
                    return mapper.mapRow(rs, i);
                })
                .list();
        if (content.isEmpty() && pageable.getOffset() > 0) {
            // past the last page (an old link) the count is not there to read: the first row carries it
            rows.param("limit", 1)
                    .param("offset", 0)
                    .query((rs, i) -> total[0] = rs.getLong("total_rows"))
                    .list();
        }
        return new PageImpl<>(content, pageable, total[0]);
    }

    /**
     * Every row of such a list, for its export: the same statement without a limit, read through a cursor a thousand
     * rows at a time while the caller writes them (read page by page, each page computed every chain's figures
     * again: the country's summary workbook ran the statement 14 times).
     */
    private static <T> void each(
            JdbcClient.StatementSpec rows, RowMapper<T> mapper, RowWriter out, Function<T, List<?>> cells) {
        try (Stream<T> all = rows
                .param("limit", null)
                .param("offset", 0)
                .withFetchSize(FETCH_SIZE)
                .query((rs, i) -> {
                    if (i == 0) {
                        out.total(rs.getLong("total_rows"));
                    }
                    return mapper.mapRow(rs, i);
                })
                .stream()) {
            all.forEach(row -> out.row(cells.apply(row)));
        }
    }

    /**
     * The group rows in order, each followed by its rows per output unit, as one row with its other units; a unit's
     * row says whether it is partial or former (absent for products).
     */
    private static List<GroupRow> groups(List<Map<String, Object>> rows) {
        List<GroupRow> groups = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (!Boolean.TRUE.equals(r.get("per_unit"))) {
                BigDecimal planned = (BigDecimal) r.get("planned_kg");
                groups.add(new GroupRow(
                        ((Number) r.get("id")).longValue(),
                        (String) r.get("name"),
                        Boolean.TRUE.equals(r.get("partial")),
                        Boolean.TRUE.equals(r.get("former")),
                        number(r.get("chains")),
                        number(r.get("complete")),
                        number(r.get("coop_enterprise")),
                        number(r.get("certified")),
                        number(r.get("with_offtake")),
                        Percent.of((BigDecimal) r.get("contracted_kg"), planned),
                        Percent.of((BigDecimal) r.get("realised_kg"), planned),
                        new ArrayList<>()));
            } else {
                otherUnit(r)
                        .ifPresent(
                                u -> groups.get(groups.size() - 1).otherUnits().add(u));
            }
        }
        return groups.stream()
                .map(g -> new GroupRow(
                        g.id(),
                        g.name(),
                        g.partial(),
                        g.former(),
                        g.chains(),
                        g.complete(),
                        g.cooperativeAndEnterprise(),
                        g.certified(),
                        g.withOfftake(),
                        g.contractedCoverage(),
                        g.realisedCoverage(),
                        List.copyOf(g.otherUnits())))
                .toList();
    }

    /** A row per output unit: coverage of its chains planned in that unit, when it is not a weight. */
    private static Optional<UnitCoverage> otherUnit(Map<String, Object> r) {
        long chains = number(r.get("other_chains"));
        if (chains == 0) {
            return Optional.empty();
        }
        return Optional.of(UnitCoverage.of(
                (String) r.get("output_unit"),
                chains,
                (BigDecimal) r.get("other_planned"),
                (BigDecimal) r.get("other_contracted"),
                (BigDecimal) r.get("other_realised")));
    }

    private static ChainScore score(ResultSet rs, int row) throws SQLException {
        Map<Criterion, Boolean> criteria = new LinkedHashMap<>();
        for (Criterion c : Criterion.values()) {
            boolean value = rs.getBoolean(c.column());
            criteria.put(c, rs.wasNull() ? null : value);
        }
        return new ChainScore(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("product_name"),
                criteria,
                rs.getInt("met"),
                rs.getInt("applicable"),
                rs.getBigDecimal("planned_output"),
                rs.getString("output_unit"),
                rs.getBigDecimal("contracted"),
                rs.getBigDecimal("realised"),
                rs.getString("coverage_problem"));
    }

    private static BigDecimal tonnes(BigDecimal kilograms) {
        return kilograms == null
                ? null
                : kilograms.divide(BigDecimal.valueOf(1000)).stripTrailingZeros();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Map<String, String> selections() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("all", "true");
        map.put("complete", "met = applicable");
        map.put("cooperativeAndEnterprise", "c_cooperative and c_enterprise");
        map.put("certified", "c_certification");
        map.put("offtake", "c_offtake");
        for (Criterion c : Criterion.values()) {
            map.put(c.name(), c.column());
        }
        return Map.copyOf(map);
    }

    private record FiguresKey(String figures, IndicatorFilter filter) {}
}

package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chain completeness and contract coverage, exactly as defined in the domain, for any set of chains, computed
 * in the database: a summary is three queries, a table one, a list two, however many chains there are.
 */
@Service
@Transactional(readOnly = true)
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
            sum(planned_output * kg_factor) filter (where coverage_problem is null and kg_factor is not null) as planned_kg
            """;

    /** What a figure on the dashboard counts, for the list of chains behind it. */
    private static final Map<String, String> SELECTIONS = selections();

    private final JdbcClient jdbc;

    IndicatorService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String formulaVersion() {
        return IndicatorSql.FORMULA_VERSION;
    }

    public Summary summary(IndicatorFilter filter) {
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
        sql.append(" from judged");
        Map<String, Object> totals =
                params(jdbc.sql(sql.toString()), filter, null).query().singleRow();
        Map<Criterion, Summary.Tally> criteria = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            criteria.put(
                    c,
                    new Summary.Tally(
                            number(totals.get("met_" + c.column())), number(totals.get("applicable_" + c.column()))));
        }
        Map<String, Object> cooperatives =
                unitAndProduct(jdbc.sql("""
                select count(*) as total, count(*) filter (where stable) as stable from (
                    select co.id, exists (
                        select 1 from linkage_contract k
                        where k.type = 'OFFTAKE' and (k.seller_cooperative_id = co.id or k.buyer_cooperative_id = co.id)
                          and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d)
                          and (coalesce(k.start_on, k.signed_on) <= cast(:d as date) - interval '12 months'
                               or exists (select 1 from linkage_contract r where r.id = k.renews_contract_id
                                          and r.buyer_kind = k.buyer_kind
                                          and r.buyer_cooperative_id is not distinct from k.buyer_cooperative_id
                                          and r.buyer_enterprise_id is not distinct from k.buyer_enterprise_id
                                          and r.buyer_households_name is not distinct from k.buyer_households_name))
                    ) as stable
                    from cooperative co
                    where co.status in ('EXISTING', 'TO_CONSOLIDATE')
                      and (:unitAll or co.administrative_unit_id in (:units))
                      and (cast(:productId as bigint) is null or co.product_id = :productId)
                ) x
                """), filter).query().singleRow();
        long enterprises =
                unitAndProduct(jdbc.sql("""
                select count(distinct e) from (
                    select case when k.buyer_kind = 'ENTERPRISE' then k.buyer_enterprise_id else k.seller_enterprise_id end as e,
                           k.chain_id, k.product_id, k.seller_cooperative_id, k.buyer_cooperative_id
                    from linkage_contract k
                    where k.type = 'OFFTAKE'
                      and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d)
                      and ((k.buyer_kind = 'ENTERPRISE' and k.seller_kind in ('COOPERATIVE', 'HOUSEHOLDS'))
                        or (k.seller_kind = 'ENTERPRISE' and k.buyer_kind in ('COOPERATIVE', 'HOUSEHOLDS')))
                ) x
                where (cast(:productId as bigint) is null or x.product_id = :productId
                       or exists (select 1 from chain c where c.id = x.chain_id and c.product_id = :productId))
                  and (:unitAll
                       or exists (select 1 from chain_unit cu where cu.chain_id = x.chain_id and cu.administrative_unit_id in (:units))
                       or exists (select 1 from cooperative co where co.id in (x.seller_cooperative_id, x.buyer_cooperative_id)
                                  and co.administrative_unit_id in (:units)))
                """), filter).query(Long.class).single();
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
                enterprises,
                number(totals.get("with_coverage")),
                Percent.of((BigDecimal) totals.get("contracted_kg"), planned),
                Percent.of((BigDecimal) totals.get("realised_kg"), planned));
    }

    public List<GroupRow> byProduct(IndicatorFilter filter) {
        String sql = IndicatorSql.SCORES + "select p.id, p.name, " + AGGREGATES
                + " from judged j join product p on p.id = j.product_id group by p.id, p.name order by p.name";
        return params(jdbc.sql(sql), filter, null)
                .query(IndicatorService::group)
                .list();
    }

    /** By district (a commune counts in its district); a chain running in two districts counts in both. */
    public List<GroupRow> byUnit(IndicatorFilter filter) {
        String sql = IndicatorSql.SCORES + """
                , placed as (
                    select distinct j.*, case when au.level = 'COMMUNE' and pa.level = 'DISTRICT' then pa.id else au.id end as unit_id
                    from judged j join chain_unit cu on cu.chain_id = j.id
                      join administrative_unit au on au.id = cu.administrative_unit_id
                      left join administrative_unit pa on pa.id = au.parent_id)
                select u.id, u.name, """ + AGGREGATES + """
                from placed j join administrative_unit u on u.id = j.unit_id group by u.id, u.name order by u.name
                """;
        return params(jdbc.sql(sql), filter, null)
                .query(IndicatorService::group)
                .list();
    }

    /** The chains behind a figure: selection is a key of the dashboard (e.g. "certified"), met true or false. */
    public Page<ChainScore> chains(IndicatorFilter filter, String selection, boolean met, Pageable pageable) {
        String condition = "(" + SELECTIONS.getOrDefault(selection, "true") + ") is " + (met ? "true" : "false");
        String from = " from judged j join product p on p.id = j.product_id where " + condition;
        List<ChainScore> rows = params(
                        jdbc.sql(IndicatorSql.SCORES + "select j.*, p.name as product_name" + from
                                + " order by j.name, j.id limit :limit offset :offset"),
                        filter,
                        null)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(IndicatorService::score)
                .list();
        long total = params(jdbc.sql(IndicatorSql.SCORES + "select count(*)" + from), filter, null)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    public static boolean knownSelection(String selection) {
        return SELECTIONS.containsKey(selection);
    }

    /** One chain's scorecard; empty when it does not exist (the chain page checks who may see it). */
    public Optional<ChainScore> scorecard(long chainId, IndicatorFilter filter) {
        return params(
                        jdbc.sql(IndicatorSql.SCORES + "select j.*, p.name as product_name from judged j "
                                + "join product p on p.id = j.product_id"),
                        filter,
                        chainId)
                .query(IndicatorService::score)
                .optional();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, IndicatorFilter f, Long chainId) {
        return unitAndProduct(spec, f).param("planId", f.planId()).param("chainId", chainId);
    }

    private static JdbcClient.StatementSpec unitAndProduct(JdbcClient.StatementSpec spec, IndicatorFilter f) {
        return spec.param("d", f.date())
                .param("unitAll", f.units().unrestricted())
                .param("units", f.units().ids())
                .param("productId", f.productId());
    }

    private static GroupRow group(ResultSet rs, int row) throws SQLException {
        BigDecimal planned = rs.getBigDecimal("planned_kg");
        return new GroupRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getLong("chains"),
                rs.getLong("complete"),
                rs.getLong("coop_enterprise"),
                rs.getLong("certified"),
                rs.getLong("with_offtake"),
                Percent.of(rs.getBigDecimal("contracted_kg"), planned),
                Percent.of(rs.getBigDecimal("realised_kg"), planned));
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
}

package vn.valuechain.dashboard;

import vn.valuechain.geo.UnitScope;

/**
 * The figures as SQL, so that they are computed in the database in a fixed number of queries however many
 * chains there are. Parameters: :d (reference date), :unitAll/:units, :productId, :planId.
 * vco_in_force, vco_in_force_during and vco_convert are defined in V4__indicator_functions.sql.
 */
final class IndicatorSql {

    private IndicatorSql() {}

    /** Version of the formulas; shown on the methodology page and in the API. */
    static final String FORMULA_VERSION = "2026.2";

    static final String CERTIFICATES = "('VIETGAP', 'GLOBALGAP', 'ORGANIC', 'FOOD_SAFETY')";

    /**
     * The cooperatives counted on the dashboard (existing or to consolidate, in the unit and of the product; column
     * {@code type} tells HTX and unions from THT, which have their own figure), each with the offtake contract that
     * makes it stable, or nulls (domain.md, "Contract coverage"). Only a contract the cooperative <em>sells</em> under
     * counts, in force on :d, and either it renews an earlier offtake contract of the same cooperative with the same
     * buyer, or its linkage has run twelve months: from the start (or signing) of the earliest contract of its chain
     * of such renewals. {@code contract_start} is that earliest start; of several, the contract whose linkage is the
     * oldest. The summary counts these rows and the list behind the figure pages them. Only the contracts of the
     * cooperatives counted are followed: one province's figures read its own contracts, not the country's.
     */
    static final String COOPERATIVES = """
            with recursive renewals as (
                select k.id as contract_id, k.seller_cooperative_id as cooperative_id, k.renews_contract_id as next_id,
                       k.buyer_kind, k.buyer_enterprise_id, k.buyer_cooperative_id, k.buyer_households_name,
                       coalesce(k.start_on, k.signed_on) as since, 0 as depth
                from linkage_contract k
                where k.type = 'OFFTAKE' and k.seller_kind = 'COOPERATIVE'
                  and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d)
                  and (:unitAll or k.seller_cooperative_id in (select co.id from cooperative co
                                                                where co.administrative_unit_id in (:units)))
                  and (cast(:productId as bigint) is null
                       or k.seller_cooperative_id in (select co.id from cooperative co where co.product_id = :productId))
                union all
                select r.contract_id, r.cooperative_id, e.renews_contract_id, r.buyer_kind, r.buyer_enterprise_id,
                       r.buyer_cooperative_id, r.buyer_households_name,
                       coalesce(e.start_on, e.signed_on, r.since), r.depth + 1
                from renewals r join linkage_contract e on e.id = r.next_id
                where e.type = 'OFFTAKE' and e.seller_kind = 'COOPERATIVE'
                  and e.seller_cooperative_id = r.cooperative_id
                  and e.buyer_kind = r.buyer_kind
                  and e.buyer_enterprise_id is not distinct from r.buyer_enterprise_id
                  and e.buyer_cooperative_id is not distinct from r.buyer_cooperative_id
                  and vco_search_key(e.buyer_households_name) is not distinct from vco_search_key(r.buyer_households_name)
                  and r.depth < 100
            ),
            linkage as (
                select contract_id, cooperative_id, min(since) as since, max(depth) as renewed
                from renewals group by contract_id, cooperative_id
            ),
            stable as (
                select distinct on (l.cooperative_id) l.cooperative_id, l.since, k.id, k.number, k.buyer_enterprise_id,
                       k.buyer_cooperative_id, k.buyer_households_name
                from linkage l join linkage_contract k on k.id = l.contract_id
                where l.renewed > 0 or l.since <= cast(:d as date) - interval '12 months'
                order by l.cooperative_id, l.since, k.id
            )
            select co.id, co.name, co.type, co.administrative_unit_id,
                   s.id as contract_id, s.number as contract_number, s.buyer_enterprise_id, s.buyer_cooperative_id,
                   s.buyer_households_name, s.since as contract_start
            from cooperative co
              left join stable s on s.cooperative_id = co.id
            where co.status in ('EXISTING', 'TO_CONSOLIDATE')
              and (:unitAll or co.administrative_unit_id in (:units))
              and (cast(:productId as bigint) is null or co.product_id = :productId)
            """;

    /**
     * The enterprise (column id, once per contract) of each offtake contract in force on :d under which an
     * enterprise buys from farmers (a cooperative, a group or households), for the product and in the unit (of the
     * contract's chain or of the cooperative). An enterprise that only sells to farmers is not counted. The summary
     * counts the distinct ids and the list behind the figure pages them.
     */
    static final String OFFTAKE_ENTERPRISES = """
            select x.e as id from (
                select k.buyer_enterprise_id as e, k.chain_id, k.product_id, k.seller_cooperative_id
                from linkage_contract k
                where k.type = 'OFFTAKE'
                  and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d)
                  and k.buyer_kind = 'ENTERPRISE' and k.seller_kind in ('COOPERATIVE', 'HOUSEHOLDS')
            ) x
            where (cast(:productId as bigint) is null or x.product_id = :productId
                   or exists (select 1 from chain c where c.id = x.chain_id and c.product_id = :productId))
              and (:unitAll
                   or exists (select 1 from chain_unit cu where cu.chain_id = x.chain_id and cu.administrative_unit_id in (:units))
                   or exists (select 1 from cooperative co where co.id = x.seller_cooperative_id
                              and co.administrative_unit_id in (:units)))
            """;

    /** The chains of the filter with each criterion's state and the coverage figures. */
    static final String SCORES = """
            with selected as (
                select c.*,
                       coalesce(c.output_period_from, make_date(extract(year from cast(:d as date))::int, 1, 1)) as period_from,
                       coalesce(c.output_period_to, make_date(extract(year from cast(:d as date))::int, 12, 31)) as period_to
                from chain c
                where (cast(:chainId as bigint) is null or c.id = :chainId)
                  and (cast(:productId as bigint) is null or c.product_id = :productId)
                  and (cast(:planId as bigint) is null or c.plan_id = :planId)
                  and (:unitAll or exists (select 1 from chain_unit cu
                                           where cu.chain_id = c.id and cu.administrative_unit_id in (:units)))
            ),
            stage_flags as (
                select cp.chain_id,
                       bool_or(cp.party_kind = 'COOPERATIVE' and st.stage = 'PRODUCTION') as has_cooperative,
                       bool_or(cp.party_kind = 'ENTERPRISE' and st.stage = 'CONSUMPTION') as has_enterprise,
                       array_agg(distinct st.stage) as stages
                from chain_participant cp join chain_participant_stage st on st.participant_id = cp.id
                where cp.chain_id in (select id from selected)
                group by cp.chain_id
            ),
            required as (
                select r.chain_id, array_agg(r.stage) as stages from chain_required_stage r
                where r.chain_id in (select id from selected)
                group by r.chain_id
            ),
            contract_flags as (
                select k.chain_id,
                       bool_or(k.type = 'OFFTAKE' and k.seller_kind in ('COOPERATIVE', 'HOUSEHOLDS')
                               and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d))
                           as has_offtake,
                       bool_or(k.type = 'INPUT_SUPPLY'
                               and vco_in_force(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on, :d))
                           as has_input
                from linkage_contract k
                where k.chain_id in (select id from selected)
                group by k.chain_id
            ),
            valid_certificates as (
                select ce.holder_kind, ce.holder_cooperative_id, ce.holder_enterprise_id, ce.holder_households_name,
                       ce.product_id
                from certification ce
                where ce.type in %s and ce.status = 'VALID'
                  and (ce.valid_from is null or ce.valid_from <= :d) and (ce.valid_to is null or ce.valid_to >= :d)
            ),
            certified as (
                select cp.chain_id from chain_participant cp join selected s on s.id = cp.chain_id
                  join valid_certificates ce on ce.holder_kind = 'COOPERATIVE'
                   and ce.holder_cooperative_id = cp.cooperative_id and ce.product_id = s.product_id
                union
                select cp.chain_id from chain_participant cp join selected s on s.id = cp.chain_id
                  join valid_certificates ce on ce.holder_kind = 'ENTERPRISE'
                   and ce.holder_enterprise_id = cp.enterprise_id and ce.product_id = s.product_id
                union
                select cp.chain_id from chain_participant cp join selected s on s.id = cp.chain_id
                  join valid_certificates ce on ce.holder_kind = 'HOUSEHOLDS' and cp.party_kind = 'HOUSEHOLDS'
                   and vco_search_key(cp.households_name) = vco_search_key(ce.holder_households_name)
                   and ce.product_id = s.product_id
            ),
            offtake as (
                select k.id, k.chain_id, k.volume, k.volume_unit, s.output_unit as chain_unit, s.period_from, s.period_to
                from linkage_contract k join selected s on s.id = k.chain_id
                where k.type = 'OFFTAKE'
                  and vco_in_force_during(k.status, k.status_changed_on, k.start_on, k.signed_on, k.end_on,
                                          s.period_from, s.period_to)
            ),
            coverage as (
                select o.chain_id,
                       sum(vco_convert(o.volume, o.volume_unit, o.chain_unit)) as contracted,
                       bool_or(o.volume is null) as volume_missing,
                       bool_or(o.volume is not null and vco_convert(o.volume, o.volume_unit, o.chain_unit) is null) as mismatch
                from offtake o
                group by o.chain_id
            ),
            delivered as (
                select o.chain_id,
                       sum(vco_convert(dl.volume, o.volume_unit, o.chain_unit)) as realised,
                       bool_or(vco_convert(dl.volume, o.volume_unit, o.chain_unit) is null) as mismatch
                from offtake o join contract_delivery dl on dl.contract_id = o.id
                where dl.delivered_on between o.period_from and least(o.period_to, cast(:d as date))
                group by o.chain_id
            ),
            scores as (
                select s.id, s.name, s.product_id, s.planned_output, s.output_unit,
                       coalesce(sf.has_cooperative, false) as c_cooperative,
                       coalesce(sf.has_enterprise, false) as c_enterprise,
                       coalesce(kf.has_offtake, false) as c_offtake,
                       case when s.needs_no_purchased_inputs then null else coalesce(kf.has_input, false) end as c_input,
                       case when rq.stages is null then null
                            else rq.stages <@ coalesce(sf.stages, cast('{}' as varchar[])) end as c_stages,
                       cf.chain_id is not null as c_certification,
                       s.has_label_traceability as c_label,
                       case when s.planned_scale is null and s.households_planned is null then null
                            else (s.planned_scale is null or coalesce(s.actual_scale, -1) >= s.planned_scale)
                             and (s.households_planned is null or coalesce(s.households_actual, -1) >= s.households_planned)
                       end as c_scale,
                       cv.contracted, dv.realised,
                       case when s.planned_output is null or s.output_unit is null then 'NO_PLANNED_OUTPUT'
                            when s.planned_output = 0 then 'ZERO_PLANNED_OUTPUT'
                            when cv.mismatch or dv.mismatch then 'UNIT_MISMATCH'
                            when cv.volume_missing then 'VOLUME_MISSING'
                       end as coverage_problem,
                       vco_kg(s.output_unit) as kg_factor
                from selected s
                  left join stage_flags sf on sf.chain_id = s.id
                  left join required rq on rq.chain_id = s.id
                  left join contract_flags kf on kf.chain_id = s.id
                  left join coverage cv on cv.chain_id = s.id
                  left join delivered dv on dv.chain_id = s.id
                  left join (select distinct chain_id from certified) cf on cf.chain_id = s.id
            ),
            judged as (
                select sc.*,
                       (case when c_cooperative then 1 else 0 end + case when c_enterprise then 1 else 0 end
                        + case when c_offtake then 1 else 0 end + case when c_input then 1 else 0 end
                        + case when c_stages then 1 else 0 end + case when c_certification then 1 else 0 end
                        + case when c_label then 1 else 0 end + case when c_scale then 1 else 0 end) as met,
                       (5 + case when c_input is null then 0 else 1 end + case when c_stages is null then 0 else 1 end
                        + case when c_scale is null then 0 else 1 end) as applicable
                from scores sc
            )
            """.formatted(CERTIFICATES);

    /**
     * The statement for the filter's units: for some units only, each {@code (:unitAll or …)} keeps its second half
     * (only in parentheses, which hold the whole OR). PostgreSQL turns a sub-select into a join only where no OR stands above it, and decides so before it reads
     * :unitAll: a province's 300 chains were estimated at half the country's 7,000, and their contracts and
     * participants read by scanning everyone's.
     */
    static String forUnits(String sql, UnitScope units) {
        return units.unrestricted() ? sql : sql.replace("(:unitAll or ", "(");
    }

    /**
     * {@link #SCORES} judged on another date than :d, named by the parameter given ("since"), so that one statement can
     * hold the scorecard of every chain on two dates (the other filters stay shared).
     */
    static String scoresOn(String dateParameter) {
        return SCORES.replaceAll(":d\\b", ":" + dateParameter);
    }

    /**
     * The chains whose completeness (met ÷ applicable) on :d is lower than on :since, each with its score on both
     * dates and the number of such chains (column total_rows), the largest drop first. Each date's scorecard is
     * computed once (materialized): as a sub-select, a plan that joins the two by nested loop computes the inner one
     * again for every chain of the outer.
     */
    static final String DROPPED = "with now_scores as materialized (" + SCORES + " select * from judged),"
            + " before_scores as materialized (" + scoresOn("since") + " select id, met, applicable from judged)"
            + " select n.*, p.name as product_name, b.met as met_before,"
            + " b.applicable as applicable_before, count(*) over () as total_rows"
            + " from now_scores n join before_scores b on b.id = n.id"
            + " join product p on p.id = n.product_id"
            + " where n.met * b.applicable < b.met * n.applicable"
            + " order by cast(b.met as numeric) / b.applicable - cast(n.met as numeric) / n.applicable desc,"
            + " n.name, n.id limit :limit offset :offset";
}

package vn.valuechain.cooperative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.geo.UnitScope;

public interface CooperativeRepository extends JpaRepository<Cooperative, Long> {

    // Each name is matched in its own table, where its trigram index serves, and compared with the cooperative's own
    // columns (its id, and with fk() its unit's id, the unit named or under a unit named), not with the joined units:
    // PostgreSQL then filters the cooperatives as it reads them in name order (cooperative_name_idx). An OR across the
    // joined tables made it unaccent every name of every cooperative (0.25 s a search on 25,000).
    String IN_PLACE = "where (:scope is null or u.id in " + UnitScope.SCOPE_UNITS + ")"
            + " and (:filter is null or u.id in " + UnitScope.FILTER_UNITS + ")";

    String OTHERS = """
              and (:type is null or c.type = :type)
              and (:status is null or c.status = :status)
              and (:productId is null or p.id = :productId)
            """;

    String FILTER = IN_PLACE + """
              and (:q = ''
                   or c.id in (select x.id from Cooperative x where vco_search_key(x.name) like :pattern escape '\\'
                               or upper(x.registrationCode) = :code)
                   or fk(c.administrativeUnit) in (
                       select x.id from AdministrativeUnit x where vco_search_key(x.name) like :pattern escape '\\'
                       or x.parent.id in (select y.id from AdministrativeUnit y
                                          where vco_search_key(y.name) like :pattern escape '\\'))
                   or fk(c.administrativeUnit) in (
                       select m.unitId from UnitMapRow m where m.validTo is null and m.targetId in (
                           select t.id from AdministrativeUnit t where vco_search_key(t.name) like :pattern escape '\\')))
            """ + OTHERS;

    /** The filter with the search's few matches given by their ids ({@link #findMatches}) instead of the search. */
    String FILTER_AMONG = IN_PLACE + " and c.id in :ids" + OTHERS;

    String ROW = """
            select new vn.valuechain.cooperative.CooperativeRow(c.id, c.name, c.type, c.registrationCode,
                u.name, up.name, n.names, n.whole, p.name, c.status, c.members, c.targetPeriod, c.illustrative)
            from Cooperative c left join c.administrativeUnit u left join u.parent up left join c.product p
              left join UnitNow n on n.unitId = u.id
            """;

    String COUNT =
            "select count(c) from Cooperative c left join c.administrativeUnit u left join u.parent up left join c.product p ";

    /** A page of the list; its total, {@link #countRows}, is kept apart (FiguresCache). */
    @Query(ROW + FILTER)
    List<CooperativeRow> findRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("code") String code,
            @Param("type") CooperativeType type,
            @Param("status") CooperativeStatus status,
            @Param("productId") Long productId,
            Pageable pageable);

    @Query(COUNT + FILTER)
    long countRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("code") String code,
            @Param("type") CooperativeType type,
            @Param("status") CooperativeStatus status,
            @Param("productId") Long productId);

    /** The rows of {@link #findRows} among the cooperatives given (a search's few matches). */
    @Query(value = ROW + FILTER_AMONG, countQuery = COUNT + FILTER_AMONG)
    Page<CooperativeRow> findRowsAmong(
            @Param("ids") List<Long> ids,
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("type") CooperativeType type,
            @Param("status") CooperativeStatus status,
            @Param("productId") Long productId,
            Pageable pageable);

    /**
     * The cooperatives the search's pattern finds (as {@link #FILTER} does: by name, registration code, or a unit or
     * the unit above it named so, or a unit of today it counts under: the commune an old commune went into, today's
     * province), at most {@code limit} rows, a cooperative once per place it matched.
     */
    @Query(nativeQuery = true, value = """
                    select id from cooperative
                     where vco_search_key(name) like :pattern escape '\\' or upper(registration_code) = :code
                    union all
                    select c.id from cooperative c join administrative_unit u on u.id = c.administrative_unit_id
                     where vco_search_key(u.name) like :pattern escape '\\'
                    union all
                    select c.id from cooperative c join administrative_unit u on u.id = c.administrative_unit_id
                      join administrative_unit up on up.id = u.parent_id
                     where vco_search_key(up.name) like :pattern escape '\\'
                    union all
                    select c.id from cooperative c join unit_map m on m.unit_id = c.administrative_unit_id
                      join administrative_unit t on t.id = m.target_id
                     where m.valid_to is null and vco_search_key(t.name) like :pattern escape '\\'
                    limit :limit
                    """)
    List<Long> findMatches(@Param("pattern") String pattern, @Param("code") String code, @Param("limit") int limit);

    @EntityGraph(attributePaths = {"administrativeUnit", "administrativeUnit.parent", "product", "plan"})
    Optional<Cooperative> findDetailedById(Long id);

    @Query(
            "select count(c) > 0 from Cooperative c where upper(c.registrationCode) = upper(:code) and c.id <> :exceptId")
    boolean registrationCodeTaken(@Param("code") String code, @Param("exceptId") long exceptId);

    @Query("select c.id from Cooperative c where upper(c.registrationCode) = upper(:code)")
    List<Long> findIdsByRegistrationCode(@Param("code") String code);

    /** Same name (case ignored) in the same unit, or without a unit when none is given. */
    @Query("""
            select c.id from Cooperative c left join c.administrativeUnit u
            where lower(c.name) = lower(:name) and ((:unitId is null and u is null) or u.id = :unitId)
            """)
    List<Long> findIdsByNameInUnit(@Param("name") String name, @Param("unitId") Long unitId);

    @Query("select c.id from Cooperative c where lower(c.name) = lower(:name)")
    List<Long> findIdsByName(@Param("name") String name);

    List<Cooperative> findByAdministrativeUnitIdOrderByNameAsc(Long administrativeUnitId);

    /** Cooperatives to found or consolidate, counted per product, status and target period (Appendix 1). */
    @Query("""
            select new vn.valuechain.cooperative.PlanTargetCount(p.id, p.name, c.status, c.targetPeriod,
                   min(c.targetYearFrom), count(c))
            from Cooperative c left join c.product p left join c.administrativeUnit u
            where c.status in :statuses and (:allUnits = true or u.id in :units)
            group by p.id, p.name, c.status, c.targetPeriod
            order by p.name, p.id, c.status
            """)
    List<PlanTargetCount> countPlanTargets(
            @Param("statuses") Collection<CooperativeStatus> statuses,
            @Param("allUnits") boolean allUnits,
            @Param("units") Collection<Long> units);

    /** The cooperatives of a plan as its table of cooperatives has them, in the order they were entered. */
    @Query("""
            select new vn.valuechain.cooperative.PlanCooperative(c.id, c.name, c.type, c.status, u.id, p.id,
                   c.targetPeriod, c.targetYearFrom, c.targetYearTo, c.minScaleValue, c.minScaleUnit, c.note)
            from Cooperative c left join c.administrativeUnit u left join c.product p
            where c.plan.id = :planId
            order by c.id
            """)
    List<PlanCooperative> findOfPlan(@Param("planId") long planId);

    @Query("select c.id from Cooperative c where c.id in :ids and c.administrativeUnit.id in :scope")
    List<Long> findIdsIn(@Param("ids") Collection<Long> ids, @Param("scope") List<Long> scope);
}

package vn.valuechain.chain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.geo.UnitScope;

public interface ChainRepository extends JpaRepository<Chain, Long> {

    /** A chain is in a unit when any of the units it runs in is. */
    String FILTER = "where (:scope is null or exists (select 1 from c.units su where su.id in "
            + UnitScope.SCOPE_UNITS + "))"
            + " and (:filter is null or exists (select 1 from c.units fu where fu.id in " + UnitScope.FILTER_UNITS
            + "))" + """
              and (:q = '' or vco_search_key(c.name) like :pattern escape '\\')
              and (:productId is null or p.id = :productId)
              and (:status is null or c.status = :status)
              and (:planId is null or c.plan.id = :planId)
            """;

    /** A page of the list; its total, {@link #countRows}, is kept apart (FiguresCache). */
    @Query(value = """
                    select new vn.valuechain.chain.ChainRow(c.id, c.name, p.name, c.status,
                        (select listagg(u.name, '; ') within group (order by u.name) from c.units u),
                        (select max(coalesce(lco.name, len.name, lp.party.householdsName)) from ChainParticipant lp
                            left join lp.party.cooperative lco left join lp.party.enterprise len
                            where lp.chain = c and lp.lead = true),
                        (select count(cp) from ChainParticipant cp where cp.chain = c),
                        c.scaleUnit, c.plannedScale, c.actualScale, c.householdsPlanned, c.householdsActual,
                        c.illustrative)
                    from Chain c join c.product p
                    """ + FILTER)
    List<ChainRow> findRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("productId") Long productId,
            @Param("status") ChainStatus status,
            @Param("planId") Long planId,
            Pageable pageable);

    @Query("select count(c) from Chain c join c.product p " + FILTER)
    long countRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("productId") Long productId,
            @Param("status") ChainStatus status,
            @Param("planId") Long planId);

    @EntityGraph(attributePaths = {"product", "plan", "units", "requiredStages"})
    Optional<Chain> findDetailedById(Long id);

    @Query("select count(c) > 0 from Chain c join c.units u where c.id = :id and u.id in :scope")
    boolean runsIn(@Param("id") long id, @Param("scope") List<Long> scope);

    List<Chain> findByPlanId(Long planId);

    @Query("select c.id from Chain c where lower(c.name) = lower(:name) order by c.id")
    List<Long> findIdsByName(@Param("name") String name);

    @Query("select distinct c.id from Chain c join c.units u where c.id in :ids and u.id in :scope")
    List<Long> findIdsRunningIn(@Param("ids") java.util.Collection<Long> ids, @Param("scope") List<Long> scope);
}

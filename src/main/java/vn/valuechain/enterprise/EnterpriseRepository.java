package vn.valuechain.enterprise;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.geo.UnitScope;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    // A tax code is matched exactly (it is a number people copy), the name without accents or case.
    String FILTER = "where (:scope is null or u.id in " + UnitScope.SCOPE_UNITS + ")"
            + " and (:filter is null or u.id in " + UnitScope.FILTER_UNITS + ")" + """
              and (:q = '' or vco_search_key(e.name) like :pattern escape '\\'
                   or e.taxCode = :q)
              and (:inProvince is null or e.inProvince = :inProvince)
              and (:role is null or :role member of e.roles)
              and (:status is null or e.status = :status)
            """;

    // The roles come in the same select, joined into one text, so the list stays one query.
    @Query(
            value = """
                    select new vn.valuechain.enterprise.EnterpriseRow(e.id, e.name, e.taxCode, e.inProvince,
                        u.name, up.name, n.names, n.whole, e.status,
                        (select listagg(cast(r as String), ',') within group (order by cast(r as String))
                         from Enterprise e2 join e2.roles r where e2.id = e.id),
                        e.illustrative)
                    from Enterprise e left join e.administrativeUnit u left join u.parent up
                      left join UnitNow n on n.unitId = u.id
                    """ + FILTER,
            countQuery = "select count(e) from Enterprise e left join e.administrativeUnit u " + FILTER)
    Page<EnterpriseRow> findRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("inProvince") Boolean inProvince,
            @Param("role") EnterpriseRole role,
            @Param("status") EnterpriseStatus status,
            Pageable pageable);

    @EntityGraph(attributePaths = {"administrativeUnit", "administrativeUnit.parent", "roles"})
    Optional<Enterprise> findDetailedById(Long id);

    @Query("select e.id from Enterprise e where e.taxCode = :code")
    List<Long> findIdsByTaxCode(@Param("code") String code);

    /** Same name (case ignored) in the same unit, or without a unit when none is given. */
    @Query("""
            select e.id from Enterprise e left join e.administrativeUnit u
            where lower(e.name) = lower(:name) and ((:unitId is null and u is null) or u.id = :unitId)
            """)
    List<Long> findIdsByNameInUnit(@Param("name") String name, @Param("unitId") Long unitId);

    @Query("select e.id from Enterprise e where lower(e.name) = lower(:name)")
    List<Long> findIdsByName(@Param("name") String name);

    @Query("select count(e) > 0 from Enterprise e where e.taxCode = :code and e.id <> :exceptId")
    boolean taxCodeTaken(@Param("code") String code, @Param("exceptId") long exceptId);

    Optional<Enterprise> findByTaxCode(String taxCode);

    @Query("select e.id from Enterprise e where e.id in :ids and e.administrativeUnit.id in :scope")
    List<Long> findIdsIn(@Param("ids") java.util.Collection<Long> ids, @Param("scope") List<Long> scope);
}

package vn.valuechain.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    @Query(value = """
            select new vn.valuechain.agency.AgencyRow(a.id, a.name, a.shortName, a.kind, u.name, count(al),
                   p.name, a.validFrom, a.validTo, s.name)
            from Agency a left join a.administrativeUnit u left join a.aliases al left join a.province p
              left join a.successor s
            where (:q = '' or vco_search_key(a.name) like vco_search_pattern(:q) escape '\\'
                   or exists (select 1 from AgencyAlias x where x.agency = a
                              and vco_search_key(x.alias) like vco_search_pattern(:q) escape '\\'))
            group by a.id, a.name, a.shortName, a.kind, u.name, p.name, a.validFrom, a.validTo, s.name
            """, countQuery = """
            select count(a) from Agency a
            where (:q = '' or vco_search_key(a.name) like vco_search_pattern(:q) escape '\\'
                   or exists (select 1 from AgencyAlias x where x.agency = a
                              and vco_search_key(x.alias) like vco_search_pattern(:q) escape '\\'))
            """)
    Page<AgencyRow> findRows(@Param("q") String q, Pageable pageable);

    @EntityGraph(attributePaths = {"aliases", "administrativeUnit", "province", "successor"})
    Optional<Agency> findWithAliasesById(Long id);

    @Query("select distinct a from Agency a left join fetch a.aliases left join fetch a.administrativeUnit")
    List<Agency> findAllWithAliases();

    /** For a successor to choose: the agencies by name. */
    @Query("select new vn.valuechain.agency.AgencyService$AgencyLabel(a.id, a.name) from Agency a order by a.name")
    List<AgencyService.AgencyLabel> findLabels();

    /** The agencies whose name or an alias has the same search key as the text (accents and case ignored). */
    @Query("""
            select distinct a from Agency a left join a.aliases al
            where vco_search_key(a.name) = vco_search_key(:text)
               or vco_search_key(al.alias) = vco_search_key(:text)
            """)
    List<Agency> findByNameOrAlias(@Param("text") String text);

    @Query("""
            select a from Agency a left join a.province p
            where a.referenceCode = :code and ((:provinceId is null and p is null) or p.id = :provinceId)
            """)
    Optional<Agency> findByReference(@Param("provinceId") Long provinceId, @Param("code") String code);

    /** The agency of this province and name, or one of the same name entered without a province (V21's). */
    @Query("""
            select a from Agency a left join a.province p
            where vco_search_key(a.name) = vco_search_key(:name)
              and ((:provinceId is null and p is null) or p.id = :provinceId or (p is null and a.referenceCode is null))
            order by case when p is null then 1 else 0 end
            limit 1
            """)
    Optional<Agency> findByProvinceAndName(@Param("provinceId") Long provinceId, @Param("name") String name);

    @Query("""
            select distinct a from Agency a left join fetch a.aliases left join fetch a.administrativeUnit
              left join a.province p
            where (:anyProvince = true or p is null or p.id in :provinces)
              and (cast(:on as LocalDate) is null
                   or ((a.validFrom is null or a.validFrom <= :on) and (a.validTo is null or a.validTo >= :on)))
            """)
    List<Agency> findInForce(
            @Param("anyProvince") boolean anyProvince,
            @Param("provinces") List<Long> provinces,
            @Param("on") java.time.LocalDate on);
}

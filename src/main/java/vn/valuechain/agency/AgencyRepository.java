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
            select new vn.valuechain.agency.AgencyRow(a.id, a.name, a.shortName, a.kind, u.name, count(al))
            from Agency a left join a.administrativeUnit u left join a.aliases al
            where (:q = '' or vco_search_key(a.name) like vco_search_pattern(:q) escape '\\'
                   or exists (select 1 from AgencyAlias x where x.agency = a
                              and vco_search_key(x.alias) like vco_search_pattern(:q) escape '\\'))
            group by a.id, a.name, a.shortName, a.kind, u.name
            """, countQuery = """
            select count(a) from Agency a
            where (:q = '' or vco_search_key(a.name) like vco_search_pattern(:q) escape '\\'
                   or exists (select 1 from AgencyAlias x where x.agency = a
                              and vco_search_key(x.alias) like vco_search_pattern(:q) escape '\\'))
            """)
    Page<AgencyRow> findRows(@Param("q") String q, Pageable pageable);

    @EntityGraph(attributePaths = {"aliases", "administrativeUnit"})
    Optional<Agency> findWithAliasesById(Long id);

    @Query("select distinct a from Agency a left join fetch a.aliases left join fetch a.administrativeUnit")
    List<Agency> findAllWithAliases();

    /** The agencies whose name or an alias has the same search key as the text (accents and case ignored). */
    @Query("""
            select distinct a from Agency a left join a.aliases al
            where vco_search_key(a.name) = vco_search_key(:text)
               or vco_search_key(al.alias) = vco_search_key(:text)
            """)
    List<Agency> findByNameOrAlias(@Param("text") String text);
}

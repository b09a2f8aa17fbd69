package vn.valuechain.geo;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

    String ROW = """
            select new vn.valuechain.geo.UnitRow(u.id, u.version, u.level, u.code, u.name, p.id, p.name, u.validFrom, u.validTo, s.id, s.name)
            from AdministrativeUnit u left join u.parent p left join u.successor s
            """;

    @Query(ROW + " where u.parent is null order by u.name")
    List<UnitRow> findRoots();

    @Query(ROW + " where p.id = :parentId order by u.name")
    List<UnitRow> findChildren(@Param("parentId") Long parentId);

    @Query(ROW + " where u.id = :id")
    UnitRow findRow(@Param("id") Long id);

    /** Accent- and case-insensitive search on the indexed key ("mo cay" finds "Mỏ Cày"). */
    @Query(ROW + """
             where vco_search_key(u.name) like vco_search_pattern(:q) escape '\\'
               and (:level is null or u.level = :level)
             order by u.level, u.name
            """)
    List<UnitRow> search(@Param("q") String q, @Param("level") AdministrativeLevel level, Pageable page);

    @Query(ROW + " order by u.level, u.name")
    List<UnitRow> findAllRows();

    /** Units named this (case ignored) or with this official code. */
    @Query(ROW + " where lower(u.name) = lower(:text) or u.code = :text order by u.level, u.name")
    List<UnitRow> findByNameOrCode(@Param("text") String text);

    @Query("select count(u) > 0 from AdministrativeUnit u where u.level = :level and u.code = :code and u.id <> :id")
    boolean existsOtherWithCode(
            @Param("level") AdministrativeLevel level, @Param("code") String code, @Param("id") long id);

    @Query(ROW + " where u.level = :level and u.code = :code order by u.validFrom nulls first")
    List<UnitRow> findByCode(@Param("level") AdministrativeLevel level, @Param("code") String code);

    long countByParentId(Long parentId);

    /** Ids of a unit and all units below it, for scoping a DISTRICT user's records. */
    @Query(value = """
            with recursive tree(id) as (
                select id from administrative_unit where id = :root
                union
                select c.id from administrative_unit c join tree t on c.parent_id = t.id)
            select id from tree
            """, nativeQuery = true)
    List<Long> findSubtreeIds(@Param("root") long rootId);
}

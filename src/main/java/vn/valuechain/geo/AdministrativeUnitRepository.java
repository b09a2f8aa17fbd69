package vn.valuechain.geo;

import java.time.LocalDate;
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

    /**
     * Accent- and case-insensitive search on the indexed key ("mo cay" finds "Mỏ Cày"), or by official code: the units
     * in force on :on when given (those of today for a new record, of the dashboard's date), else all, those in force
     * on :today first.
     */
    @Query(ROW + """
             where (vco_search_key(u.name) like vco_search_pattern(:q) escape '\\' or u.code = :q)
               and (:level is null or u.level = :level)
               and (cast(:on as LocalDate) is null
                    or ((u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)))
             order by case when u.validTo is null or u.validTo >= :today then 0 else 1 end, u.level, u.name
            """)
    List<UnitRow> search(
            @Param("q") String q,
            @Param("level") AdministrativeLevel level,
            @Param("on") LocalDate on,
            @Param("today") LocalDate today,
            Pageable page);

    @Query(ROW + " order by u.level, u.name")
    List<UnitRow> findAllRows();

    /** Units named this (case ignored) or with this official code (or one it had before a correction). */
    @Query(ROW + """
             where lower(u.name) = lower(:text) or u.code = :text
                or exists (select 1 from UnitChange c where c.unit = u and c.oldCode = :text and c.oldCode <> c.newCode)
             order by u.level, u.name
            """)
    List<UnitRow> findByNameOrCode(@Param("text") String text);

    /** Another unit of the level with the code at some time of the given period (a code is reused by successors). */
    @Query("""
            select count(u) > 0 from AdministrativeUnit u
            where u.level = :level and u.code = :code and u.id <> :id
              and (u.validTo is null or cast(:from as LocalDate) is null or u.validTo >= :from)
              and (u.validFrom is null or cast(:to as LocalDate) is null or u.validFrom <= :to)
            """)
    boolean existsOtherWithCode(
            @Param("level") AdministrativeLevel level,
            @Param("code") String code,
            @Param("id") long id,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query(ROW + """
             where u.level = :level and (u.code = :code
                or exists (select 1 from UnitChange c where c.unit = u and c.oldCode = :code and c.oldCode <> c.newCode))
             order by u.validFrom nulls first
            """)
    List<UnitRow> findByCode(@Param("level") AdministrativeLevel level, @Param("code") String code);

    long countByParentId(Long parentId);

    /**
     * Ids of the units whose records count under this one: itself, the units below it, and the units of another time
     * that lie in it wholly or in part (the old communes that went into a new commune, the new communes made of an old
     * district's), from the unit map the database keeps.
     */
    @Query(value = "select unit_id from unit_map where target_id = :root", nativeQuery = true)
    List<Long> findSubtreeIds(@Param("root") long rootId);

    @Query(value = "select vco_group_level(:on, :whole)", nativeQuery = true)
    String groupLevel(@Param("on") LocalDate on, @Param("whole") boolean whole);

    @Query(ROW + """
             where u.level = :level
               and u.id in (select m.unitId from UnitMapRow m where m.targetId = :unitId)
               and (cast(:on as LocalDate) is null
                    or ((u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)))
             order by u.code, u.id
            """)
    List<UnitRow> findIn(
            @Param("unitId") long unitId, @Param("level") AdministrativeLevel level, @Param("on") LocalDate on);
}

package vn.valuechain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.plan.FrameworkRows.ItemCells;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByPlanIdOrderBySectionSortOrderAscSortOrderAsc(Long planId);

    @EntityGraph(attributePaths = {"plan", "plan.province", "section", "agencies", "agencies.agency"})
    Optional<ActionItem> findWithAgenciesById(Long id);

    @EntityGraph(attributePaths = {"plan", "targets"})
    Optional<ActionItem> findWithTargetsById(Long id);

    /** Whether the item names one of the units (see ItemStatuses: the items a DISTRICT scope sees). */
    @Query("""
            select count(i) > 0 from ActionItem i where i.id = :id
              and (exists (select 1 from ActionItemAgency a where a.actionItem = i and a.administrativeUnit.id in :units)
                   or exists (select 1 from ActionItem j join j.units u where j = i and u.id in :units))
            """)
    boolean namesAnyOf(@Param("id") Long id, @Param("units") Collection<Long> units);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$ItemCells(i.id, i.version, s.code, i.ordinal, i.content,
                   i.inputActivities, i.expectedOutputs, i.timeframeText, i.doneOn)
            from ActionItem i join i.section s where i.plan.id = :planId order by s.sortOrder, i.sortOrder, i.id
            """)
    List<ItemCells> findCells(@Param("planId") Long planId);

    @Query("select count(v) > 0 from ProgressReportValue v where v.target.id = :targetId")
    boolean hasReportedValues(@Param("targetId") Long targetId);

    boolean existsBySectionIdAndOrdinalIgnoreCaseAndIdNot(Long sectionId, String ordinal, Long id);

    @Query("select i.id from ActionItem i where i.section.id = :sectionId and lower(i.ordinal) = lower(:ordinal)")
    List<Long> findIdsBySectionAndOrdinal(@Param("sectionId") Long sectionId, @Param("ordinal") String ordinal);

    @Query("select coalesce(max(i.sortOrder), -1) from ActionItem i where i.section.id = :sectionId")
    int maxSortOrder(@Param("sectionId") Long sectionId);
}

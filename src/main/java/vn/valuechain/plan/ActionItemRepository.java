package vn.valuechain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.plan.FrameworkRows.AgencyRow;
import vn.valuechain.plan.FrameworkRows.ItemCells;
import vn.valuechain.plan.FrameworkRows.ItemRow;
import vn.valuechain.plan.FrameworkRows.PhaseRow;
import vn.valuechain.plan.FrameworkRows.TargetRow;

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
            select new vn.valuechain.plan.FrameworkRows$ItemRow(i.id, p.id, p.documentNumber, s.id, s.code, s.title,
                   s.chainId, s.sortOrder, i.ordinal, i.sortOrder, i.content, i.inputActivities, i.expectedOutputs,
                   i.timeframeText, i.timeframeNeedsReview)
            from ActionItem i join i.plan p join i.section s where i.id in :ids
            """)
    List<ItemRow> findRows(@Param("ids") Collection<Long> ids);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$AgencyRow(a.actionItem.id, a.role, a.writtenAs, ag.id,
                   coalesce(ag.shortName, ag.name), u.id, u.name, a.needsReview)
            from ActionItemAgency a left join a.agency ag left join a.administrativeUnit u
            where a.actionItem.id in :ids order by a.sortOrder, a.id
            """)
    List<AgencyRow> findAgencyRows(@Param("ids") Collection<Long> ids);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$PhaseRow(ph.actionItem.id, ph.startOn, ph.endOn,
                   ph.recurringYearly, ph.label)
            from ActionItemPhase ph where ph.actionItem.id in :ids order by ph.sortOrder
            """)
    List<PhaseRow> findPhaseRows(@Param("ids") Collection<Long> ids);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$TargetRow(t.actionItem.id, t.id, t.indicator, t.value, t.unit,
                   t.year)
            from Target t where t.actionItem.id in :ids order by t.year, t.id
            """)
    List<TargetRow> findTargetRows(@Param("ids") Collection<Long> ids);

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

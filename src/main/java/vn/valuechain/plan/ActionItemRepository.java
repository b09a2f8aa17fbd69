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

    /**
     * The items matching the filters, in the plan's order. A DISTRICT user's scope is the units given: the item
     * must name one of them (an agency row or a place of work), or belong to the plan of a province among them (a
     * report for the province); allUnits lifts that.
     */
    @Query("""
            select i.id from ActionItem i join i.section s
            where (:planId is null or i.plan.id = :planId)
              and (:chainId is null or s.chainId = :chainId)
              and (:agencyId is null or exists (select 1 from ActionItemAgency a
                       where a.actionItem = i and a.agency.id = :agencyId and (:role is null or a.role = :role)))
              and (:allUnits = true or i.plan.province.id in :units
                   or exists (select 1 from ActionItemAgency a where a.actionItem = i and a.administrativeUnit.id in :units)
                   or exists (select 1 from ActionItem j join j.units u where j = i and u.id in :units))
            order by i.plan.id, s.sortOrder, i.sortOrder, i.id
            """)
    List<Long> findIds(
            @Param("planId") Long planId,
            @Param("chainId") Long chainId,
            @Param("agencyId") Long agencyId,
            @Param("role") AgencyRole role,
            @Param("allUnits") boolean allUnits,
            @Param("units") Collection<Long> units);

    /** Whether the item names one of the units (see findIds). */
    @Query("""
            select count(i) > 0 from ActionItem i where i.id = :id
              and (exists (select 1 from ActionItemAgency a where a.actionItem = i and a.administrativeUnit.id in :units)
                   or exists (select 1 from ActionItem j join j.units u where j = i and u.id in :units))
            """)
    boolean namesAnyOf(@Param("id") Long id, @Param("units") Collection<Long> units);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$ItemRow(i.id, p.id, p.documentNumber, s.id, s.code, s.title,
                   s.chainId, s.sortOrder, i.ordinal, i.sortOrder, i.content, i.inputActivities, i.expectedOutputs,
                   i.timeframeText, i.timeframeNeedsReview, i.done)
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

    /**
     * The targets with the sum of accepted actual values. The sum reads progress_report_value in the query, as this
     * feature reads the chain table: progress depends on plan, never the reverse.
     */
    @Query("""
            select new vn.valuechain.plan.FrameworkRows$TargetRow(t.actionItem.id, t.id, t.indicator, t.value, t.unit,
                   t.year, (select sum(v.actualValue) from ProgressReportValue v
                            where v.target = t and v.report.status = vn.valuechain.progress.ReportStatus.ACCEPTED))
            from Target t where t.actionItem.id in :ids order by t.year, t.id
            """)
    List<TargetRow> findTargetRows(@Param("ids") Collection<Long> ids);

    @Query("""
            select new vn.valuechain.plan.FrameworkRows$ItemCells(i.id, i.version, s.code, i.ordinal, i.content,
                   i.inputActivities, i.expectedOutputs, i.timeframeText, i.done)
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

    /**
     * The districts each item names (an agency row or a place of work; a commune counts in its district), among the
     * units given unless allUnits: rows of item id, unit id, unit name.
     */
    @Query(nativeQuery = true, value = """
            select distinct x.item_id, d.id, d.name from (
                select a.action_item_id as item_id, a.administrative_unit_id as unit_id from action_item_agency a
                where a.administrative_unit_id is not null and a.action_item_id in (:ids)
                union
                select iu.action_item_id, iu.administrative_unit_id from action_item_unit iu
                where iu.action_item_id in (:ids)
            ) x join administrative_unit u on u.id = x.unit_id
              left join administrative_unit pa on pa.id = u.parent_id
              join administrative_unit d
                on d.id = case when u.level = 'COMMUNE' and pa.level = 'DISTRICT' then pa.id else u.id end
            where (:allUnits or x.unit_id in (:units))
            """)
    List<Object[]> findItemDistricts(
            @Param("ids") Collection<Long> ids,
            @Param("allUnits") boolean allUnits,
            @Param("units") Collection<Long> units);
}

package vn.valuechain.progress;

import java.math.BigDecimal;
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

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    String ROW = """
            select new vn.valuechain.progress.ReportRow(r.id, r.version, i.id, p.id, p.documentNumber, s.code, i.ordinal,
                   i.content, u.id, u.name, r.periodType, r.periodYear, r.periodNumber, r.status, r.percentComplete,
                   r.submittedAt, r.submittedBy, r.reviewedAt, r.reviewedBy, r.reviewComment)
            from ProgressReport r join r.actionItem i join i.plan p join i.section s join r.reportingUnit u
            """;

    List<ProgressReport> findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(Long actionItemId);

    /** The one report a unit may file on an item for a period (progress_report_period_uk). */
    Optional<ProgressReport> findByActionItemIdAndReportingUnitIdAndPeriodTypeAndPeriodYearAndPeriodNumber(
            Long actionItemId, Long reportingUnitId, ReportPeriodType periodType, int periodYear, int periodNumber);

    @EntityGraph(attributePaths = {"actionItem", "actionItem.section", "reportingUnit", "values", "values.target"})
    Optional<ProgressReport> findWithValuesById(Long id);

    /** Reports by status (null: any), on an item (null: any), of the units under the scope's unit (null: any). */
    @Query(
            value = ROW + """
             where (:status is null or r.status = :status)
               and (:itemId is null or i.id = :itemId)
            """ + "and (:scope is null or u.id in " + UnitScope.SCOPE_UNITS + ")",
            countQuery = """
            select count(r) from ProgressReport r
             where (:status is null or r.status = :status)
               and (:itemId is null or r.actionItem.id = :itemId)
            """ + "and (:scope is null or r.reportingUnit.id in " + UnitScope.SCOPE_UNITS + ")")
    Page<ReportRow> findRows(
            @Param("status") ReportStatus status,
            @Param("itemId") Long itemId,
            @Param("scope") Long scope,
            Pageable pageable);

    @Query(ROW + " where r.id = :id")
    Optional<ReportRow> findRow(@Param("id") Long id);

    @Query("""
            select new vn.valuechain.progress.ProgressReportService$ReportText(r.narrative, r.difficulties, r.proposals)
            from ProgressReport r where r.id = :id
            """)
    Optional<ProgressReportService.ReportText> findText(@Param("id") Long id);

    /** What a report gives against each target of its item, with the target (values not given are absent). */
    @Query("""
            select new vn.valuechain.progress.ProgressReportRepository$ValueRow(v.target.id, v.actualValue)
            from ProgressReportValue v where v.report.id = :reportId
            """)
    List<ValueRow> findValues(@Param("reportId") Long reportId);

    /** A unit's reports on the items for one period: what it is writing or has sent ("what is due"). */
    @Query(ROW + """
             where i.id in :itemIds and u.id = :unit
               and r.periodType = :type and r.periodYear = :year and r.periodNumber = :number
            """)
    List<ReportRow> findRowsOfUnitFor(
            @Param("itemIds") Collection<Long> itemIds,
            @Param("unit") Long unitId,
            @Param("type") ReportPeriodType type,
            @Param("year") int year,
            @Param("number") int number);

    /** A unit's reports in a status ("what was returned"), by item and period. */
    @Query(ROW + """
             where u.id = :unit and r.status = :status
             order by p.documentNumber, s.sortOrder, i.sortOrder, r.periodYear, r.periodNumber
            """)
    List<ReportRow> findRowsOfUnitIn(@Param("unit") Long unitId, @Param("status") ReportStatus status);

    /**
     * The accepted reports on a plan's items, for periods of the year given, that say something of difficulties or proposals: in
     * the plan's order of sections and items, then by unit.
     */
    @Query("""
            select new vn.valuechain.progress.ReportFinding(s.code, i.ordinal, u.name, r.periodType, r.periodYear,
                   r.periodNumber, r.difficulties, r.proposals)
            from ProgressReport r join r.actionItem i join i.section s join r.reportingUnit u
            where i.plan.id = :planId and r.status = vn.valuechain.progress.ReportStatus.ACCEPTED
              and r.periodYear = :year
              and (r.difficulties is not null or r.proposals is not null)
            order by s.sortOrder, i.sortOrder, u.name, r.periodYear, r.periodNumber
            """)
    List<ReportFinding> findFindings(@Param("planId") long planId, @Param("year") int year);

    record ValueRow(Long targetId, BigDecimal actual) {}
}

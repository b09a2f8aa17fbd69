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

    /** Reports by status (null: any), on an item (null: any), of the units given unless allUnits. */
    @Query(value = ROW + """
             where (:status is null or r.status = :status)
               and (:itemId is null or i.id = :itemId)
               and (:allUnits = true or u.id in :units)
            """, countQuery = """
            select count(r) from ProgressReport r
             where (:status is null or r.status = :status)
               and (:itemId is null or r.actionItem.id = :itemId)
               and (:allUnits = true or r.reportingUnit.id in :units)
            """)
    Page<ReportRow> findRows(
            @Param("status") ReportStatus status,
            @Param("itemId") Long itemId,
            @Param("allUnits") boolean allUnits,
            @Param("units") Collection<Long> units,
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

    /** Reports of the units on the items, for "what is due" and "what was returned". */
    @Query(ROW + " where i.id in :itemIds and u.id in :units")
    List<ReportRow> findRowsOfUnits(@Param("itemIds") Collection<Long> itemIds, @Param("units") Collection<Long> units);

    /** The percent complete of the accepted reports on the items that give one, with their periods. */
    @Query("""
            select new vn.valuechain.progress.ProgressReportRepository$PercentRow(r.actionItem.id, r.periodType,
                   r.periodYear, r.periodNumber, r.percentComplete)
            from ProgressReport r
            where r.actionItem.id in :ids and r.status = vn.valuechain.progress.ReportStatus.ACCEPTED
              and r.percentComplete is not null
            """)
    List<PercentRow> findAcceptedPercents(@Param("ids") Collection<Long> ids);

    record ValueRow(Long targetId, BigDecimal actual) {}

    record PercentRow(Long itemId, ReportPeriodType periodType, int periodYear, int periodNumber, BigDecimal percent) {}
}

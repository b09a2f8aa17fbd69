package vn.valuechain.plan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(Long actionItemId);

    /** The one report a unit may file on an item for a period (progress_report_period_uk). */
    Optional<ProgressReport> findByActionItemIdAndReportingUnitIdAndPeriodTypeAndPeriodYearAndPeriodNumber(
            Long actionItemId, Long reportingUnitId, ReportPeriodType periodType, int periodYear, int periodNumber);
}

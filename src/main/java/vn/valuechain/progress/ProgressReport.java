package vn.valuechain.progress;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.Target;
import vn.valuechain.shared.jpa.AuditedEntity;

/** One unit's report on one item for one period, reviewed by the office. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ProgressReport extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionItem actionItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdministrativeUnit reportingUnit;

    @Enumerated(EnumType.STRING)
    private ReportPeriodType periodType;

    private int periodYear;

    private int periodNumber;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    private BigDecimal percentComplete;

    private String narrative;

    private String difficulties;

    private String proposals;

    private String reviewComment;

    // Submission and review are recorded apart from the audit columns, which any later edit overwrites.
    private Instant submittedAt;

    private String submittedBy;

    private Instant reviewedAt;

    private String reviewedBy;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ProgressReportValue> values = new ArrayList<>();

    public ProgressReport(
            ActionItem actionItem,
            AdministrativeUnit reportingUnit,
            ReportPeriodType periodType,
            int periodYear,
            int periodNumber) {
        this.actionItem = actionItem;
        this.reportingUnit = reportingUnit;
        this.periodType = periodType;
        this.periodYear = periodYear;
        this.periodNumber = periodNumber;
    }

    public ProgressReportValue addValue(Target target, BigDecimal actualValue) {
        ProgressReportValue value = new ProgressReportValue(this, target, actualValue);
        values.add(value);
        return value;
    }
}

package vn.valuechain.progress;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.plan.Target;

/** What a report says was achieved against one target of its item. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ProgressReportValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Setter(AccessLevel.NONE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_report_id")
    private ProgressReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Target target;

    private BigDecimal actualValue;

    ProgressReportValue(ProgressReport report, Target target, BigDecimal actualValue) {
        this.report = report;
        this.target = target;
        this.actualValue = actualValue;
    }
}

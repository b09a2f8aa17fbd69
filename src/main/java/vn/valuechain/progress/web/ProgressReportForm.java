package vn.valuechain.progress.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Data;
import vn.valuechain.progress.ProgressReportService.ReportData;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.shared.web.RecordForm;

/** A progress report: the period, what was achieved against each target, and the unit's account of it. */
@Data
class ProgressReportForm extends RecordForm {

    private Long itemId;

    /** Always the user's own unit; a form posting another is refused as not found. */
    private Long unitId;

    @NotNull(message = "{validation.required}")
    private ReportPeriodType periodType;

    @NotNull(message = "{validation.required}")
    @Min(value = 1900, message = "{plan.year.invalid}")
    @Max(value = 2100, message = "{plan.year.invalid}")
    private Integer periodYear;

    @NotNull(message = "{validation.required}")
    private Integer periodNumber;

    @DecimalMin(value = "0", message = "{report.percent.invalid}")
    @DecimalMax(value = "100", message = "{report.percent.invalid}")
    @Digits(integer = 3, fraction = 2, message = "{validation.digits}")
    private BigDecimal percentComplete;

    @Size(max = 10000, message = "{validation.size.max}")
    private String narrative;

    @Size(max = 10000, message = "{validation.size.max}")
    private String difficulties;

    @Size(max = 10000, message = "{validation.size.max}")
    private String proposals;

    @Valid
    private List<ValueLine> values = new ArrayList<>();

    @Data
    static class ValueLine {
        private Long targetId;

        @DecimalMin(value = "0", message = "{item.target.value.negative}")
        @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
        private BigDecimal actual;
    }

    ReportPeriod period() {
        return new ReportPeriod(periodType, periodYear, periodNumber);
    }

    ReportData toData() {
        Map<Long, BigDecimal> actuals = new HashMap<>();
        values.stream().filter(v -> v.getTargetId() != null).forEach(v -> actuals.put(v.getTargetId(), v.getActual()));
        return new ReportData(
                getVersion(), itemId, unitId, period(), percentComplete, narrative, difficulties, proposals, actuals);
    }
}

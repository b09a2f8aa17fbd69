package vn.valuechain.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.shared.web.RecordForm;

@Data
class PlanForm extends RecordForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String documentNumber;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate issuedOn;

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.size.max}")
    private String title;

    @Size(max = 300, message = "{validation.size.max}")
    private String issuingBody;

    @Min(value = 1900, message = "{plan.year.invalid}")
    @Max(value = 2100, message = "{plan.year.invalid}")
    private Integer periodStartYear;

    @Min(value = 1900, message = "{plan.year.invalid}")
    @Max(value = 2100, message = "{plan.year.invalid}")
    private Integer periodEndYear;

    private Long provinceId;
    private String provinceLabel;

    private Long amendsId;

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.editing(plan.id(), plan.version());
        form.setDocumentNumber(plan.documentNumber());
        form.setIssuedOn(plan.issuedOn());
        form.setTitle(plan.title());
        form.setIssuingBody(plan.issuingBody());
        form.setPeriodStartYear(plan.periodStartYear());
        form.setPeriodEndYear(plan.periodEndYear());
        form.setProvinceId(plan.provinceId());
        form.setProvinceLabel(plan.provinceName());
        form.setAmendsId(plan.amendsId());
        return form;
    }

    PlanData toData() {
        return new PlanData(
                getId(),
                getVersion(),
                documentNumber,
                issuedOn,
                title,
                issuingBody,
                periodStartYear,
                periodEndYear,
                provinceId,
                amendsId);
    }
}

package vn.valuechain.cooperative.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.cooperative.CooperativeData;
import vn.valuechain.cooperative.CooperativeDetails;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.web.RecordForm;

@Data
class CooperativeForm extends RecordForm {

    @NotNull(message = "{validation.required}")
    private CooperativeType type;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String name;

    @Size(max = 50, message = "{validation.size.max}")
    private String registrationCode;

    @PastOrPresent(message = "{validation.notInFuture}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate foundedOn;

    @Min(value = 0, message = "{validation.notNegative}")
    private Integer members;

    private Long unitId;
    private String unitLabel;

    @Size(max = 500, message = "{validation.size.max}")
    private String address;

    @Size(max = 200, message = "{validation.size.max}")
    private String representative;

    @Size(max = 50, message = "{validation.size.max}")
    private String phone;

    private Long productId;

    @NotNull(message = "{validation.required}")
    private CooperativeStatus status = CooperativeStatus.EXISTING;

    @Size(max = 50, message = "{validation.size.max}")
    private String targetPeriod;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal minScaleValue;

    private MeasureUnit minScaleUnit;

    private String note;

    static CooperativeForm of(CooperativeDetails details) {
        CooperativeData d = details.data();
        CooperativeForm f = new CooperativeForm();
        f.editing(details.id(), details.version());
        f.setType(d.type());
        f.setName(d.name());
        f.setRegistrationCode(d.registrationCode());
        f.setFoundedOn(d.foundedOn());
        f.setMembers(d.members());
        f.setUnitId(d.unitId());
        f.setUnitLabel(d.unitName());
        f.setAddress(d.address());
        f.setRepresentative(d.representative());
        f.setPhone(d.phone());
        f.setProductId(d.productId());
        f.setStatus(d.status());
        f.setTargetPeriod(d.targetPeriod());
        f.setMinScaleValue(d.minScaleValue());
        f.setMinScaleUnit(d.minScaleUnit());
        f.setNote(d.note());
        return f;
    }

    CooperativeData toData() {
        return new CooperativeData(
                type,
                name,
                registrationCode,
                foundedOn,
                members,
                unitId,
                unitLabel,
                address,
                representative,
                phone,
                productId,
                null,
                status,
                targetPeriod,
                minScaleValue,
                minScaleUnit,
                note);
    }
}

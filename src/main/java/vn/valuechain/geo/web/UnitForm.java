package vn.valuechain.geo.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService.UnitData;
import vn.valuechain.geo.UnitRow;
import vn.valuechain.shared.web.RecordForm;

@Data
class UnitForm extends RecordForm {

    @NotNull(message = "{validation.required}")
    private AdministrativeLevel level;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[0-9]{2,5}$", message = "{unit.code.invalid}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    private Long parentId;
    private String parentLabel;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validTo;

    private Long successorId;
    private String successorLabel;

    static UnitForm of(UnitRow unit) {
        UnitForm form = new UnitForm();
        form.editing(unit.id(), unit.version());
        form.setLevel(unit.level());
        form.setCode(unit.code());
        form.setName(unit.name());
        form.setParentId(unit.parentId());
        form.setParentLabel(unit.parentName());
        form.setValidFrom(unit.validFrom());
        form.setValidTo(unit.validTo());
        form.setSuccessorId(unit.successorId());
        form.setSuccessorLabel(unit.successorName());
        return form;
    }

    UnitData toData() {
        return new UnitData(getId(), getVersion(), level, code, name, parentId, validFrom, validTo, successorId);
    }
}

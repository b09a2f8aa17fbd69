package vn.valuechain.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.agency.Agency;
import vn.valuechain.agency.AgencyAlias;
import vn.valuechain.agency.AgencyKind;
import vn.valuechain.agency.AgencyService.AgencyData;
import vn.valuechain.shared.web.RecordForm;

@Data
class AgencyForm extends RecordForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String name;

    @Size(max = 100, message = "{validation.size.max}")
    private String shortName;

    @NotNull(message = "{validation.required}")
    private AgencyKind kind;

    private Long unitId;
    private String unitLabel;

    /** One alias per line. */
    private String aliasesText;

    /** The province whose body it is (of its time); none for a phrase of any province. */
    private Long provinceId;

    private String provinceLabel;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validTo;

    /** The body that took over its work when it ended. */
    private Long successorId;

    static AgencyForm of(Agency agency) {
        AgencyForm form = new AgencyForm();
        form.editing(agency.getId(), agency.getVersion());
        form.setName(agency.getName());
        form.setShortName(agency.getShortName());
        form.setKind(agency.getKind());
        if (agency.getAdministrativeUnit() != null) {
            form.setUnitId(agency.getAdministrativeUnit().getId());
            form.setUnitLabel(agency.getAdministrativeUnit().getName());
        }
        if (agency.getProvince() != null) {
            form.setProvinceId(agency.getProvince().getId());
            form.setProvinceLabel(agency.getProvince().getName());
        }
        form.setValidFrom(agency.getValidFrom());
        form.setValidTo(agency.getValidTo());
        form.setSuccessorId(
                agency.getSuccessor() == null ? null : agency.getSuccessor().getId());
        form.setAliasesText(String.join(
                "\n", agency.getAliases().stream().map(AgencyAlias::getAlias).toList()));
        return form;
    }

    List<String> aliases() {
        if (aliasesText == null) {
            return List.of();
        }
        return Arrays.stream(aliasesText.split("\\R"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    AgencyData toData() {
        return new AgencyData(
                getId(),
                getVersion(),
                name,
                shortName,
                kind,
                unitId,
                aliases(),
                provinceId,
                validFrom,
                validTo,
                successorId);
    }
}

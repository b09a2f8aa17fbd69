package vn.valuechain.enterprise.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Data;
import vn.valuechain.enterprise.EnterpriseData;
import vn.valuechain.enterprise.EnterpriseDetails;
import vn.valuechain.enterprise.EnterpriseRole;
import vn.valuechain.enterprise.EnterpriseStatus;
import vn.valuechain.shared.web.RecordForm;

@Data
class EnterpriseForm extends RecordForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String name;

    /** Mã số thuế: 10 digits, or 10 + "-" + 3 for a branch; the database checks the same. */
    @Pattern(regexp = "\\s*|\\s*\\d{10}(-\\d{3})?\\s*", message = "{enterprise.taxCode.invalid}")
    private String taxCode;

    private boolean inProvince = true;

    private Long unitId;
    private String unitLabel;

    @Size(max = 500, message = "{validation.size.max}")
    private String address;

    @Size(max = 200, message = "{validation.size.max}")
    private String representative;

    @Size(max = 50, message = "{validation.size.max}")
    private String phone;

    private Set<EnterpriseRole> roles = new HashSet<>();

    @NotNull(message = "{validation.required}")
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    private String note;

    static EnterpriseForm of(EnterpriseDetails details) {
        EnterpriseData d = details.data();
        EnterpriseForm f = new EnterpriseForm();
        f.editing(details.id(), details.version());
        f.setName(d.name());
        f.setTaxCode(d.taxCode());
        f.setInProvince(d.inProvince());
        f.setUnitId(d.unitId());
        f.setUnitLabel(d.unitName());
        f.setAddress(d.address());
        f.setRepresentative(d.representative());
        f.setPhone(d.phone());
        f.setRoles(new HashSet<>(d.roles()));
        f.setStatus(d.status());
        f.setNote(d.note());
        return f;
    }

    EnterpriseData toData() {
        return new EnterpriseData(
                name,
                taxCode,
                inProvince,
                unitId,
                unitLabel,
                address,
                representative,
                phone,
                roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                status,
                note);
    }
}

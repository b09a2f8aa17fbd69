package vn.valuechain.geo.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.geo.UnitChanges.Change;

/** A dated change of a unit as the administrator enters it: from a day, a new type, name or corrected code. */
@Data
class UnitChangeForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate effectiveOn;

    private String newType;

    @Size(max = 200, message = "{validation.size.max}")
    private String newName;

    @Pattern(regexp = "^$|^[0-9]{2,5}$", message = "{unit.code.invalid}")
    private String newCode;

    @Size(max = 300, message = "{validation.size.max}")
    private String basis;

    boolean changesNothing() {
        return blank(newType) && blank(newName) && blank(newCode);
    }

    Change toChange() {
        return new Change(effectiveOn, newCode, newType, newName, basis);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package vn.valuechain.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.valuechain.shared.web.RecordForm;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;

/** The user form; the password fields are used only when creating. */
@Data
class UserForm extends RecordForm {

    /** Checked by the controller on create only: it cannot change afterwards. */
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String displayName;

    @NotNull(message = "{validation.required}")
    private Role role;

    private Long unitId;
    private String unitLabel;

    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.size.max}")
    private String email;

    /** A pasted address often carries spaces around it; they are no part of it. */
    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    private boolean enabled = true;

    private String password;
    private String passwordConfirm;

    static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.editing(user.getId(), user.getVersion());
        form.setUsername(user.getUsername());
        form.setDisplayName(user.getDisplayName());
        form.setRole(user.getRole());
        form.setEnabled(user.isEnabled());
        form.setEmail(user.getEmail());
        if (user.getAdministrativeUnit() != null) {
            form.setUnitId(user.getAdministrativeUnit().getId());
            form.setUnitLabel(user.getAdministrativeUnit().getName());
        }
        return form;
    }
}

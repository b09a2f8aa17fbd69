package vn.valuechain.user.web;

import lombok.Data;

/** A password with its confirmation: the admin's reset, or a user's own change (with the current one). */
@Data
class PasswordForm {
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
}

package vn.valuechain.user.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.valuechain.user.PasswordPolicy;

/** One rule for every password a person chooses or is given ({@link PasswordPolicy}), with its confirmation. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PasswordRules {

    private final PasswordPolicy policy;

    /** The new password of a {@link PasswordForm} (own change or admin's reset), for the person named. */
    void check(PasswordForm form, String username, String displayName, BindingResult result) {
        check(
                form.getNewPassword(),
                form.getConfirmPassword(),
                username,
                displayName,
                "newPassword",
                "confirmPassword",
                result);
    }

    void check(
            String password,
            String confirmation,
            String username,
            String displayName,
            String field,
            String confirmField,
            BindingResult result) {
        String problem = policy.problem(password, username, displayName);
        if (problem != null) {
            result.rejectValue(field, problem, new Object[] {PasswordPolicy.MIN_LENGTH}, null);
        } else if (!password.equals(confirmation)) {
            result.rejectValue(confirmField, "password.mismatch");
        }
    }
}

package vn.valuechain.user.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.valuechain.user.PasswordPolicy;

/** One rule for every password a person chooses or is given ({@link PasswordPolicy}), with its confirmation. */
@Component
class PasswordRules {

    private final PasswordPolicy policy;

    PasswordRules(PasswordPolicy policy) {
        this.policy = policy;
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

package vn.valuechain.user.web;

import org.springframework.validation.BindingResult;

/** One rule for every password a person chooses or is given. */
final class PasswordRules {

    static final int MIN_LENGTH = 8;

    private PasswordRules() {}

    static void check(String password, String confirmation, String field, String confirmField, BindingResult result) {
        if (password == null || password.length() < MIN_LENGTH) {
            result.rejectValue(field, "password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (!password.equals(confirmation)) {
            result.rejectValue(confirmField, "password.mismatch");
        }
    }
}

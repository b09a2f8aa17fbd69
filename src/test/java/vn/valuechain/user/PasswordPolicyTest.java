package vn.valuechain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password policy, as the forms and the first start apply it. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "[{0}] for {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // too short: fewer than 10 characters
                "password|an.nguyen|password.tooShort",
                "12345678|an.nguyen|password.tooShort",
                "'        '|an.nguyen|password.tooShort",
                "Ab1!Ab1!x|an.nguyen|password.tooShort",
                // obvious
                "'          '|an.nguyen|password.obvious",
                "aaaaaaaaaaaa|an.nguyen|password.obvious",
                "0123456789|an.nguyen|password.obvious",
                "9876543210|an.nguyen|password.obvious",
                "abababababab|an.nguyen|password.obvious",
                // common, also dressed with digits or signs
                "qwertyuiop|an.nguyen|password.common",
                "1q2w3e4r5t|an.nguyen|password.common",
                "Password123|an.nguyen|password.common",
                "sunshine2026|an.nguyen|password.common",
                "@Matkhau123!|an.nguyen|password.common",
                "nongnghiep2026|an.nguyen|password.common",
                // the user's own names
                "an.nguyen2026|an.nguyen|password.name",
                "AN.NGUYEN-xyz|an.nguyen|password.name",
                "NguyenVanAn99|an.nguyen|password.name",
                "nguyễn văn an!|an.nguyen|password.name",
                "Nguyen#202612|an.nguyen|password.name",
            })
    void refuses(String password, String username, String problem) {
        assertThat(policy.problem(password, username, "Nguyễn Văn An")).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource({"dua-xiem-ben-tre-7", "tam-thoi-123", "Cay luc bình 9 tầng", "x7Kq2mLp9Zr4"})
    void accepts(String password) {
        assertThat(policy.problem(password, "an.nguyen", "Nguyễn Văn An")).isNull();
    }
}

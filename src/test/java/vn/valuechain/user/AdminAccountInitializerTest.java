package vn.valuechain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.cluster.ClusterLocks;
import vn.valuechain.support.IntegrationTest;

@Transactional
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountInitializerTest extends IntegrationTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    ClusterLocks locks;

    @BeforeEach
    void emptyDatabase() {
        users.deleteAll();
    }

    @Test
    void firstStartGeneratesAPasswordPrintsItOnceAndRequiresAChange(CapturedOutput output) {
        int before = output.getAll().length();
        new AdminAccountInitializer(users, encoder, policy, "", locks).run(null);

        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        Matcher printed =
                Pattern.compile("password: (\\S+)").matcher(output.getAll().substring(before));
        assertThat(printed.find()).isTrue();
        assertThat(encoder.matches(printed.group(1), admin.getPasswordHash())).isTrue();
        assertThat(printed.find()).as("printed only once").isFalse();
    }

    @Test
    void aConfiguredPasswordIsUsedAsIs() {
        new AdminAccountInitializer(users, encoder, policy, "Mat-khau-cua-tinh-2026", locks).run(null);

        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(encoder.matches("Mat-khau-cua-tinh-2026", admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
    }

    @Test
    void aConfiguredPasswordThePolicyRefusesMustBeChangedAtFirstSignIn() {
        new AdminAccountInitializer(users, encoder, policy, "admin12345", locks).run(null);

        AppUser admin = users.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(encoder.matches("admin12345", admin.getPasswordHash())).isTrue();
        assertThat(admin.isMustChangePassword()).isTrue();
    }

    @Test
    void nothingIsCreatedWhenUsersExist() {
        users.save(new AppUser("staff", encoder.encode("x"), "Cán bộ", Role.STAFF));
        new AdminAccountInitializer(users, encoder, policy, "", locks).run(null);
        assertThat(users.count()).isEqualTo(1);
        assertThat(users.findByUsernameIgnoreCase("admin")).isEmpty();
    }
}

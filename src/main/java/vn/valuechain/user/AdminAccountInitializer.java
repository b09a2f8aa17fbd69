package vn.valuechain.user;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.cluster.ClusterLocks;

/**
 * First start on an empty database: one ADMIN named {@code admin}. Its password is APP_ADMIN_PASSWORD,
 * or, without it, generated, printed once in the log, and to be changed at the first sign-in. It runs before every
 * other start-up runner (the demo data's among them), so that the account exists once anything else is ready.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountInitializer.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final String configuredPassword;
    private final ClusterLocks locks;

    AdminAccountInitializer(
            AppUserRepository users,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            @Value("${app.admin.password:}") String configuredPassword,
            ClusterLocks locks) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.configuredPassword = configuredPassword;
        this.locks = locks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Servers started together on an empty database: one creates the account, the others then find it.
        locks.lockForTransaction("first-start");
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        AppUser admin = new AppUser("admin", passwordEncoder.encode(password), "Quản trị hệ thống", Role.ADMIN);
        // A configured password the policy refuses works once, to choose a proper one.
        boolean weak = !generated && policy.problem(password, admin.getUsername(), admin.getDisplayName()) != null;
        admin.setMustChangePassword(generated || weak);
        users.save(admin);
        if (generated) {
            log.warn("""

                    ============================================================
                     First start: created the administrator account.
                       username: admin
                       password: {}
                     This password is shown only once; change it at first sign-in.
                    ============================================================""", password);
        } else if (weak) {
            log.warn(
                    "First start: APP_ADMIN_PASSWORD does not meet the password policy; 'admin' must change it at first"
                            + " sign-in");
        } else {
            log.info(
                    "First start: created the administrator account 'admin' with the password from APP_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}

package vn.valuechain.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.TestData;
import vn.valuechain.support.WebTest;

/**
 * Throttling of sign-ins: a name is locked after 5 wrong passwords in a row (even the right password is refused
 * then), an address is slowed after 10 failures, the login page says so in Vietnamese without telling whether the
 * name exists, and an administrator sees and lifts the lock. The counts are committed (as in production) and kept
 * apart per test by a fresh address.
 */
class SignInProtectionTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    String address;

    @BeforeEach
    void setUp() {
        data.provinceWithUsers();
        address = "192.0.2." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        forget();
    }

    /** Committed beside the test's own transaction, as the counts are (it would wait for their row locks). */
    @AfterEach
    void forget() {
        TransactionTemplate apart = new TransactionTemplate(transactionManager);
        apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        apart.executeWithoutResult(
                status -> jdbc.sql("delete from sign_in_failure where subject in ('t-staff', 'khong-co-ai', :address)"
                                + " or subject like 'ten-%'")
                        .param("address", address)
                        .update());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsThenRefused() throws Exception {
        for (int i = 1; i <= 4; i++) {
            signIn("t-staff", "sai-mat-khau-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("t-staff", "sai-mat-khau-5").andExpect(redirectedUrl("/login?locked"));
        signIn("t-staff", TestData.PASSWORD).andExpect(redirectedUrl("/login?locked"));

        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("Tài khoản này đang tạm khóa")));
        mvc.perform(get("/admin/users").with(as("t-admin")))
                .andExpect(content().string(containsString("Tạm khóa đến")))
                .andExpect(content().string(containsString("Mở khóa")));
    }

    @Test
    void anAdministratorLiftsTheLock() throws Exception {
        for (int i = 1; i <= 5; i++) {
            signIn("t-staff", "sai-mat-khau-" + i);
        }
        long id = jdbc.sql("select id from app_user where username = 't-staff'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/{id}/unlock", id).with(as("t-admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/admin/users").with(as("t-admin")))
                .andExpect(content().string(not(containsString("Tạm khóa đến"))));

        signIn("t-staff", TestData.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNameWithoutAccountLocksTheSameWaySoTheMessageTellsNothing() throws Exception {
        for (int i = 1; i <= 4; i++) {
            signIn("khong-co-ai", "sai-mat-khau-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("khong-co-ai", "sai-mat-khau-5").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aRightPasswordEndsTheRunOfFailures() throws Exception {
        for (int i = 1; i <= 4; i++) {
            signIn("t-staff", "sai-mat-khau-" + i);
        }
        signIn("t-staff", TestData.PASSWORD).andExpect(redirectedUrl("/"));
        for (int i = 1; i <= 4; i++) {
            signIn("t-staff", "sai-mat-khau-" + i).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void manyFailuresFromOneAddressSlowItDownWhateverTheName() throws Exception {
        for (int i = 1; i <= 9; i++) {
            signIn("ten-" + i, "sai").andExpect(redirectedUrl("/login?error"));
        }
        signIn("ten-10", "sai").andExpect(redirectedUrl("/login?slow"));
        // Refused before the password is looked at, even for a right one.
        signIn("t-staff", TestData.PASSWORD).andExpect(redirectedUrl("/login?slow"));
        mvc.perform(get("/login").param("slow", ""))
                .andExpect(content().string(containsString("Máy này đã đăng nhập sai quá nhiều lần")));
    }

    @Test
    void aSignedInSessionGetsTheAdministratorsTimeout() throws Exception {
        mvc.perform(post("/admin/users/session-timeout")
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("minutes", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập từ 5 đến 480 phút.")));
        mvc.perform(post("/admin/users/session-timeout")
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("minutes", "45"))
                .andExpect(redirectedUrl("/admin/users"));

        // The session as kept in the database (Spring Session), found by the id its cookie carries.
        String cookie = signIn("t-staff", TestData.PASSWORD)
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION")
                .getValue();
        String sessionId =
                new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                                .param("id", sessionId)
                                .query(Integer.class)
                                .single())
                .isEqualTo(45 * 60);
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", username)
                .param("password", password));
    }
}

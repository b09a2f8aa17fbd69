package vn.valuechain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * E-mail for reminders: the administrator gives each user an address on the user form; every user sets their own and
 * turns the daily digest off or on at /account; a malformed address gets its message at the field.
 */
class AccountSettingsTest extends WebTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    UserService userService;

    Province province;

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyoneSetsTheirOwnAddressAndTurnsTheDigestOff(String username) throws Exception {
        mvc.perform(get("/account").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhận thư nhắc việc hằng ngày")))
                // no SMTP server in this test: the page says so
                .andExpect(content().string(containsString("id=\"no-mail\"")));
        mvc.perform(post("/account")
                        .with(as(username))
                        .with(csrf())
                        .param("email", " " + username + "@so-nnmt.gov.vn ")
                        .param("reminders", "false"))
                .andExpect(redirectedUrl("/account"));
        AppUser me = users.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(me.getEmail()).isEqualTo(username + "@so-nnmt.gov.vn");
        assertThat(me.isEmailReminders()).isFalse();
        assertThat(userService.reminderRecipients(List.of(Role.values())))
                .extracting(ReminderRecipient::username)
                .doesNotContain(username);

        mvc.perform(post("/account")
                        .with(as(username))
                        .with(csrf())
                        .param("email", username + "@so-nnmt.gov.vn")
                        .param("reminders", "true"))
                .andExpect(redirectedUrl("/account"));
        assertThat(userService.reminderRecipients(List.of(Role.values())))
                .extracting(ReminderRecipient::username)
                .contains(username);
    }

    @Test
    void aMalformedAddressIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/account")
                        .with(as("t-staff"))
                        .with(csrf())
                        .param("email", "khong-phai-dia-chi")
                        .param("reminders", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không đúng định dạng")));
        assertThat(users.findByUsernameIgnoreCase("t-staff").orElseThrow().getEmail())
                .isNull();
    }

    @Test
    void theAdministratorGivesAUserAnAddress() throws Exception {
        AppUser viewer = users.findByUsernameIgnoreCase("t-viewer").orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", viewer.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("version", String.valueOf(viewer.getVersion()))
                        .param("displayName", viewer.getDisplayName())
                        .param("role", "VIEWER")
                        .param("enabled", "true")
                        .param("email", "lanh-dao@so-nnmt.gov.vn"))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(users.findByUsernameIgnoreCase("t-viewer").orElseThrow().getEmail())
                .isEqualTo("lanh-dao@so-nnmt.gov.vn");
        mvc.perform(get("/admin/users/{id}/edit", viewer.getId()).with(as("t-admin")))
                .andExpect(content().string(containsString("value=\"lanh-dao@so-nnmt.gov.vn\"")));
    }

    @Test
    void anonymousVisitorsMustSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
    }
}

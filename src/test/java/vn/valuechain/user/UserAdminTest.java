package vn.valuechain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The admin's user pages: what is saved, and the Vietnamese message at the field when input is bad. */
class UserAdminTest extends WebTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    Province province;

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
    }

    @Test
    void createsADistrictUserBoundToADistrict() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("username", "cb.mocaynam")
                        .param("displayName", "Nguyễn Văn Bình")
                        .param("role", "DISTRICT")
                        .param("unitId", province.moCayNam().getId().toString())
                        .param("password", "tam-thoi-123")
                        .param("passwordConfirm", "tam-thoi-123"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));

        AppUser created = users.findByUsernameIgnoreCase("cb.mocaynam").orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.DISTRICT);
        assertThat(created.getAdministrativeUnit().getName()).isEqualTo("Huyện Mỏ Cày Nam");
        assertThat(created.isMustChangePassword()).isTrue();
        assertThat(encoder.matches("tam-thoi-123", created.getPasswordHash())).isTrue();
        assertThat(created.getCreatedBy()).isEqualTo("t-admin");

        mvc.perform(get("/admin/users").with(as("t-admin")))
                .andExpect(content().string(containsString("Nguyễn Văn Bình")))
                .andExpect(content().string(containsString("Cán bộ địa phương (xã, phường)")));
    }

    @Test
    void refusesBadInputWithMessagesAtTheFields() throws Exception {
        long before = users.count();
        mvc.perform(post("/admin/users/new")
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("username", "t-staff")
                        .param("displayName", "")
                        .param("role", "DISTRICT")
                        .param("password", "ngan")
                        .param("passwordConfirm", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập này đã có người dùng.")))
                .andExpect(content().string(containsString("Không được để trống.")))
                .andExpect(content()
                        .string(containsString(
                                "Cán bộ địa phương phải gắn với một xã, phường (hoặc một huyện, xã cũ).")))
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void refusesADistrictUserBoundToAProvince() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("username", "cb.tinh")
                        .param("displayName", "Cán bộ")
                        .param("role", "DISTRICT")
                        .param("unitId", province.benTre().getId().toString())
                        .param("password", "tam-thoi-123")
                        .param("passwordConfirm", "tam-thoi-khac"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không gắn với cấp tỉnh")))
                .andExpect(content().string(containsString("Hai mật khẩu không khớp nhau.")));
        assertThat(users.findByUsernameIgnoreCase("cb.tinh")).isEmpty();
    }

    @Test
    void disablesAUserWhoThenCannotSignIn() throws Exception {
        AppUser viewer = users.findByUsernameIgnoreCase("t-viewer").orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", viewer.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("version", Long.toString(viewer.getVersion()))
                        .param("displayName", "Lãnh đạo Sở")
                        .param("role", "VIEWER")
                        .param("_enabled", "on"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findByUsernameIgnoreCase("t-viewer").orElseThrow().isEnabled())
                .isFalse();
        assertThat(userDetailsService.loadUserByUsername("t-viewer").isEnabled())
                .isFalse();
    }

    @Test
    void aStaleEditIsRefusedWithTheConflictPage() throws Exception {
        AppUser staff = users.findByUsernameIgnoreCase("t-staff").orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", staff.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("version", Long.toString(staff.getVersion() + 7))
                        .param("displayName", "Tên mới")
                        .param("role", "STAFF")
                        .param("enabled", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dữ liệu đã bị người khác thay đổi")));
    }

    @Test
    void resetPasswordForcesAChangeAtNextSignIn() throws Exception {
        AppUser staff = users.findByUsernameIgnoreCase("t-staff").orElseThrow();
        mvc.perform(post("/admin/users/{id}/password", staff.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("newPassword", "moi-tam-thoi-1")
                        .param("confirmPassword", "moi-tam-thoi-1"))
                .andExpect(status().is3xxRedirection());
        AppUser reset = users.findByUsernameIgnoreCase("t-staff").orElseThrow();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(encoder.matches("moi-tam-thoi-1", reset.getPasswordHash())).isTrue();

        mvc.perform(get("/").with(as("t-staff")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        mvc.perform(post("/account/password")
                        .with(as("t-staff"))
                        .with(csrf())
                        .param("currentPassword", "sai-mat-khau")
                        .param("newPassword", "moi-cua-toi-1")
                        .param("confirmPassword", "moi-cua-toi-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
        mvc.perform(post("/account/password")
                        .with(as("t-staff"))
                        .with(csrf())
                        .param("currentPassword", vn.valuechain.support.TestData.PASSWORD)
                        .param("newPassword", "moi-cua-toi-1")
                        .param("confirmPassword", "moi-cua-toi-1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(encoder.matches(
                        "moi-cua-toi-1",
                        users.findByUsernameIgnoreCase("t-staff").orElseThrow().getPasswordHash()))
                .isTrue();
    }
}

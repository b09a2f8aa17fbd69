package vn.valuechain.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Each role against each admin URL, with the real security configuration. */
class SecurityRulesTest extends WebTest {

    static final String[] ADMIN_PAGES = {
        "/admin/users",
        "/admin/users/new",
        "/admin/agencies",
        "/admin/agencies/new",
        "/admin/units",
        "/admin/units/new",
        "/admin/setup"
    };

    Province province;

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
    }

    static Stream<Arguments> adminPagesByRole() {
        return Stream.of("t-admin", "t-staff", "t-district", "t-viewer")
                .flatMap(user -> Stream.of(ADMIN_PAGES).map(page -> Arguments.of(user, page)));
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("adminPagesByRole")
    void onlyAdminsOpenAdminPages(String username, String page) throws Exception {
        mvc.perform(get(page).with(as(username)))
                .andExpect(username.equals("t-admin") ? status().isOk() : status().isForbidden());
    }

    @ParameterizedTest(name = "{0} POST /admin/setup")
    @MethodSource("nonAdmins")
    void onlyAdminsSetTheProvinceUp(String username) throws Exception {
        mvc.perform(post("/admin/setup").with(as(username)).with(csrf()).param("province", "86"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0} POST /admin/users/new")
    @MethodSource("nonAdmins")
    void onlyAdminsCreateUsers(String username) throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(as(username))
                        .with(csrf())
                        .param("username", "intruder")
                        .param("displayName", "X")
                        .param("role", "ADMIN")
                        .param("password", "abcdefgh1")
                        .param("passwordConfirm", "abcdefgh1"))
                .andExpect(status().isForbidden());
    }

    static Stream<String> nonAdmins() {
        return Stream.of("t-staff", "t-district", "t-viewer");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"/", "/admin/users", "/units/search?field=x"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")));
    }

    /** Issue 15 changed this rule: an unknown URL is "not found" for a signed-in user, a known one stays denied. */
    @Test
    void unknownUrlsAreNotFoundAndKnownOnesDenied() throws Exception {
        mvc.perform(get("/no-such-page").with(as("t-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/no-such-page").with(as("t-staff"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users").with(as("t-staff"))).andExpect(status().isForbidden());
        mvc.perform(get("/no-such-page")).andExpect(status().is3xxRedirection());
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("t-admin")).param("username", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsOpenWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/health").with(as("t-admin")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/health").with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("components"))));
        mvc.perform(get("/actuator/env").with(as("t-admin"))).andExpect(status().isNotFound());
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayUse() throws Exception {
        mvc.perform(get("/").with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
        for (String user : new String[] {"t-staff", "t-district", "t-viewer"}) {
            mvc.perform(get("/").with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/admin/"))));
        }
    }

    @Test
    void aDistrictUserSeesTheirUnitOnTheHomePage() throws Exception {
        mvc.perform(get("/").with(as("t-district")))
                .andExpect(content().string(containsString("Số liệu của địa bàn: Huyện Mỏ Cày Nam")));
        mvc.perform(get("/").with(as("t-staff")))
                .andExpect(content().string(containsString("Số liệu toàn tỉnh")))
                .andExpect(content().string(containsString("href=\"/chains\"")))
                .andExpect(content().string(containsString("href=\"/action-items\"")));
    }

    @Test
    void unitSearchIgnoresAccentsAndCase() throws Exception {
        mvc.perform(get("/units/search")
                        .param("q", "mo cay")
                        .param("field", "unitId")
                        .with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Huyện Mỏ Cày Nam")))
                .andExpect(content().string(not(containsString("Chợ Lách"))));
    }
}

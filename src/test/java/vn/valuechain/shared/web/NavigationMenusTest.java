package vn.valuechain.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.valuechain.support.WebTest;

/** The navigation bar's menus as each role sees them, in each language, made once and then kept. */
class NavigationMenusTest extends WebTest {

    @Autowired
    NavigationMenus menus;

    @Test
    void eachRoleSeesItsOwnMenus() throws Exception {
        data.provinceWithUsers();

        assertThat(page("t-admin", "vi"))
                .contains("href=\"/admin/users\">Người dùng</a>", "href=\"/plans\">Kế hoạch</a>")
                .doesNotContain("href=\"/my-items\"");
        assertThat(page("t-district", "vi"))
                .contains("href=\"/my-items\">Việc của tôi</a>", "href=\"/cooperatives\"")
                .doesNotContain("href=\"/admin/users\"");
        assertThat(page("t-staff", "en"))
                .contains("href=\"/plans\">Plans</a>", "href=\"/action-items?status=OVERDUE\"")
                .doesNotContain("href=\"/admin/users\"", "href=\"/my-items\"");
        assertThat(page("t-viewer", "vi"))
                .contains("href=\"/progress-reports\"")
                .doesNotContain("/admin/users");
    }

    @Test
    void madeOncePerRoleAndLanguage() {
        var admin =
                new UsernamePasswordAuthenticationToken("a", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        var staff =
                new UsernamePasswordAuthenticationToken("s", null, AuthorityUtils.createAuthorityList("ROLE_STAFF"));
        String first = menus.html(Locale.forLanguageTag("vi"), admin);

        assertThat(menus.html(Locale.forLanguageTag("vi"), admin)).isSameAs(first);
        assertThat(menus.html(Locale.forLanguageTag("en"), admin))
                .isNotEqualTo(first)
                .contains(">Users</a>");
        assertThat(menus.html(Locale.forLanguageTag("vi"), staff)).doesNotContain("/admin/users");
    }

    private String page(String user, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

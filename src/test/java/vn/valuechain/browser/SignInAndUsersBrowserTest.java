package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * As a person would: the admin signs in, creates a STAFF user and a DISTRICT user (choosing the unit by
 * typing it without accents), and each new user signs in, changes the password and sees their own navigation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class SignInAndUsersBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_sign_in_and_users");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    Browser browser;

    @BeforeEach
    void setUp() {
        // Data committed for real (the browser works in other threads); names unique to this test.
        tx.executeWithoutResult(s -> {
            var province = data.unit(AdministrativeLevel.PROVINCE, "86", "Tỉnh Vĩnh Long", null);
            data.unit(AdministrativeLevel.COMMUNE, "29551", "Xã Phước Mỹ Trung", province);
            data.user("b-admin", Role.ADMIN, null);
        });
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void adminCreatesUsersWhoSeeOnlyTheirNavigation() throws Exception {
        browser.signIn("b-admin", TestData.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text()).contains("Xin chào", "Quản trị");

        browser.open("/admin/users/new");
        browser.type("username", "b-staff");
        browser.type("displayName", "Trần Thị Lan");
        browser.select("role", "STAFF");
        browser.type("password", "tam-thoi-123");
        browser.type("passwordConfirm", "tam-thoi-123");
        browser.submit();
        assertThat(browser.text()).contains("Đã thêm người dùng.", "Trần Thị Lan", "Cán bộ Sở");

        browser.open("/admin/users/new");
        browser.type("username", "b-district");
        browser.type("displayName", "Lê Văn Hùng");
        browser.select("role", "DISTRICT");
        browser.choose("unitLabel", "phuoc my", "Xã Phước Mỹ Trung");
        browser.type("password", "tam-thoi-456");
        browser.type("passwordConfirm", "tam-thoi-456");
        browser.submit();
        assertThat(browser.text()).contains("Đã thêm người dùng.", "Lê Văn Hùng", "Xã Phước Mỹ Trung");
        assertThat(Files.size(browser.screenshot("admin-users"))).isPositive();
        browser.signOut();

        browser.signIn("b-district", "tam-thoi-456");
        assertThat(browser.path()).isEqualTo("/account/password");
        browser.type("currentPassword", "tam-thoi-456");
        browser.type("newPassword", "cua-toi-456");
        browser.type("confirmPassword", "cua-toi-456");
        browser.submit();
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text())
                .contains("Đã đổi mật khẩu.", "Số liệu của địa bàn: Xã Phước Mỹ Trung")
                .doesNotContain("Quản trị");
        browser.screenshot("district-home");
        browser.open("/admin/users");
        assertThat(browser.text()).contains("Không có quyền truy cập");
        browser.screenshot("district-forbidden");
    }
}

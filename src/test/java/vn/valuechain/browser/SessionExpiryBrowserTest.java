package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;
import vn.valuechain.user.SessionSettings;

/**
 * The session's end as a user meets it: the page warns two minutes before the administrator's timeout, "keep working"
 * puts the warning away until the next one, and a form sent after the session ended loses nothing (the login page
 * says why, and the form offers back what was typed). The page's long timers wait for the test, which lets the time
 * pass, instead of for the clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class SessionExpiryBrowserTest {

    /** Timers of a minute or more are kept (with their delays) until {@code passTime()} runs them. */
    private static final String CLOCK = """
            (() => {
                const setTimer = window.setTimeout.bind(window);
                const clearTimer = window.clearTimeout.bind(window);
                const waiting = new Map();
                let next = 1e9;
                window.setTimeout = (fn, delay, ...args) => {
                    if (!(delay >= 60000)) return setTimer(fn, delay, ...args);
                    waiting.set(++next, {fn: () => fn(...args), delay});
                    return next;
                };
                window.clearTimeout = (id) => waiting.delete(id) || clearTimer(id);
                window.waitingTimers = () => [...waiting.values()].map((t) => t.delay);
                window.passTime = () => {
                    const due = [...waiting.values()];
                    waiting.clear();
                    due.forEach((t) => t.fn());
                };
            })();""";

    private static final String NAME = "HTX Phiên Hết Hạn";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_session_expiry");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SessionSettings sessions;

    @Autowired
    JdbcClient jdbc;

    Browser browser;

    @BeforeEach
    void setUp() {
        // Committed for real: the browser works in other threads.
        tx.executeWithoutResult(s -> data.user("se-staff", Role.STAFF, null));
        sessions.setMinutes(60, "test");
        browser = new Browser("http://localhost:" + port);
        browser.beforeEveryPage(CLOCK);
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("delete from app_setting where name = 'session.timeout-minutes'")
                .update();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void warnsBeforeTheSessionEndsAndASendAfterItLosesNothing() {
        browser.signIn("se-staff", TestData.PASSWORD);
        browser.open("/cooperatives/new");
        browser.type("name", NAME);

        // 60 minutes = 3,600 s; the warning comes 120 s before: 3,480 s.
        assertThat(browser.script("return window.waitingTimers()")).isEqualTo(java.util.List.of(3_480_000L));
        assertThat(browser.text()).doesNotContain("Phiên làm việc sắp hết hạn");
        browser.script("window.passTime()");
        assertThat(browser.find("#session-warning").getText())
                .contains("Phiên làm việc sắp hết hạn vì lâu không dùng", "Tiếp tục làm việc");

        browser.click("#session-warning button");
        browser.hidden("#session-warning");
        assertThat(browser.script("return window.waitingTimers()")).isEqualTo(java.util.List.of(3_480_000L));

        // The session ends on the server (as after the timeout); the form is sent anyway.
        jdbc.sql("delete from spring_session where principal_name = 'se-staff'").update();
        browser.submit();
        assertThat(browser.path()).isEqualTo("/login?expired");
        assertThat(browser.text()).contains("Phiên làm việc đã hết hạn vì lâu không dùng. Hãy đăng nhập lại.");

        browser.signIn("se-staff", TestData.PASSWORD);
        browser.open("/cooperatives/new");
        assertThat(browser.find(".draft-restore").getText()).isEqualTo("Khôi phục");
        assertThat(browser.text()).contains("Có nội dung đã nhập vào biểu mẫu này nhưng chưa lưu.");
        browser.click(".draft-restore");
        assertThat(browser.script("return document.querySelector(\"[name='name']\").value"))
                .isEqualTo(NAME);
    }
}

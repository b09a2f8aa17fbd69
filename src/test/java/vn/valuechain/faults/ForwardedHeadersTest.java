package vn.valuechain.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.valuechain.support.HttpSession;
import vn.valuechain.support.ServerTest;

/**
 * Behind an HTTPS reverse proxy on this machine (README: nginx), the forwarded headers make the application see the
 * request as HTTPS: redirects stay on https, the session cookie is Secure, HSTS is sent. Without them, plain HTTP.
 */
class ForwardedHeadersTest extends ServerTest {

    private static final String[] PROXY = {
        "X-Forwarded-Proto", "https", "X-Forwarded-Host", "vco.sonnmt.example.vn", "X-Forwarded-For", "203.0.113.7"
    };

    @Test
    void behindAnHttpsProxyRedirectsStayOnHttpsCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpSession browser = session();
        HttpResponse<String> login = browser.get("/login", PROXY);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000 ; includeSubDomains");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c ->
                        assertThat(c).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));

        HttpResponse<String> home = session().get("/", PROXY);
        assertThat(home.statusCode()).isEqualTo(302);
        String location = home.headers().firstValue("Location").orElseThrow();
        assertThat(location)
                .satisfiesAnyOf(
                        l -> assertThat(l).startsWith("/login"),
                        l -> assertThat(l).startsWith("https://vco.sonnmt.example.vn/login"));
    }

    @Test
    void withoutAProxyThereIsNoHstsAndTheCookieIsNotSecure() throws Exception {
        HttpResponse<String> login = session().get("/login");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").doesNotContain("Secure"));
    }
}

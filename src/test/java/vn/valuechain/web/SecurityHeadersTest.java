package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.valuechain.support.WebTest;

/** Every page carries the browser protections; no template holds a script the policy would block. */
class SecurityHeadersTest extends WebTest {

    @Test
    void pagesSendTheSecurityHeaders() throws Exception {
        data.provinceWithUsers();
        for (String page : List.of("/login", "/")) {
            mvc.perform(get(page).with(as("t-staff")))
                    .andExpect(status().isOk())
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                                            + "object-src 'none'; base-uri 'self'; form-action 'self'; "
                                            + "frame-ancestors 'none'"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string(
                                    "Permissions-Policy",
                                    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                    // Plain HTTP: no HSTS (ForwardedHeadersTest sees it behind an HTTPS proxy).
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
    }

    /** script-src 'self' blocks inline scripts, event-handler attributes and htmx's hx-on (it evaluates code). */
    @Test
    void noTemplateHasAnInlineScript() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\b(th:)?src=)(?![^>]*type=\"application/json\")[^>]*>");
        Pattern handler = Pattern.compile("\\s(on[a-z]+|hx-on[:a-z-]*)=\"", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                for (Pattern p : List.of(inlineScript, handler)) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        found.add(template + ": " + m.group());
                    }
                }
                if (html.contains("javascript:")) {
                    found.add(template + ": javascript: URL");
                }
            }
        }
        assertThat(found).isEmpty();
    }
}

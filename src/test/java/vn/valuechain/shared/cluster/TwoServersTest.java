package vn.valuechain.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.ValueChainOfficeApplication;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * Two application servers on one database, as behind a load balancer: a user signed in on one is signed in on the
 * other, an import checked on one is applied on the other, and an edit saved on one is read on the other. Each
 * request names its server; the session cookie is carried by hand, as a proxy would pass it.
 */
class TwoServersTest {

    static final String USER = "two.servers";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern IMPORT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;
    static JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoServers() {
        one = server();
        two = server();
        jdbc = one.getBean(JdbcClient.class);
        one.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
            if (jdbc.sql("select count(*) from app_user where username = :u")
                            .param("u", USER)
                            .query(Long.class)
                            .single()
                    == 0) {
                one.getBean(UserService.class)
                        .create(USER, "Quản trị hai máy chủ", Role.ADMIN, null, TestData.PASSWORD)
                        .setMustChangePassword(false);
            }
        });
    }

    /** As started from the command line, which overrides application.properties (its port among them). */
    static ConfigurableApplicationContext server() {
        Map<String, Object> settings = new java.util.HashMap<>(TestDatabase.ownProperties("two_servers"));
        settings.put("server.port", "0");
        settings.put("spring.jmx.enabled", "false");
        return new SpringApplicationBuilder(ValueChainOfficeApplication.class)
                .run(settings.entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        two.close();
        one.close();
    }

    @Test
    void aUserSignedInOnOneServerIsSignedInOnTheOther() throws Exception {
        String session = signIn(one);

        HttpResponse<String> home = get(two, "/", session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(home.body())).contains("Quản trị hai máy chủ");
        assertThat(get(two, "/", null).statusCode())
                .as("without the cookie: to the sign-in page")
                .isEqualTo(302);
    }

    @Test
    void anImportCheckedOnOneServerIsAppliedOnTheOther() throws Exception {
        String session = signIn(one);
        byte[] csv = "Tên,Loại hình\nHTX hai máy chủ 1,Hợp tác xã\nHTX hai máy chủ 2,Tổ hợp tác\n"
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> dryRun = upload(one, session, "cooperatives", "htx.csv", csv);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        String token = find(IMPORT_TOKEN, dryRun.body());
        assertThat(count("HTX hai máy chủ %")).as("the dry run writes nothing").isZero();

        HttpResponse<String> applied = post(two, "/admin/import/apply", session, "token=" + token);
        assertThat(applied.statusCode()).isEqualTo(302);
        assertThat(applied.headers().firstValue("Location").orElseThrow()).endsWith("/admin/import?kind=cooperatives");
        assertThat(count("HTX hai máy chủ %")).isEqualTo(2);
    }

    @Test
    void anEditSavedOnOneServerIsReadOnTheOther() throws Exception {
        String session = signIn(one);
        long id = jdbc.sql("insert into cooperative (type, name, status) values ('HTX', 'HTX sửa trên máy một', "
                        + "'EXISTING') returning id")
                .query(Long.class)
                .single();
        assertThat(get(two, "/cooperatives/" + id, session).body()).contains("HTX sửa trên máy một");

        HttpResponse<String> saved = post(
                one,
                "/cooperatives/" + id + "/edit",
                session,
                "version=0&type=HTX&status=EXISTING&name="
                        + URLEncoder.encode("HTX đã sửa trên máy một", StandardCharsets.UTF_8));
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(HtmlUtils.htmlUnescape(
                        get(two, "/cooperatives/" + id, session).body()))
                .contains("HTX đã sửa trên máy một");
    }

    /** Signs in on a server; the session cookie ("SESSION=…"). */
    private String signIn(ConfigurableApplicationContext server) throws Exception {
        HttpResponse<String> login = get(server, "/login", null);
        String anonymous = cookie(login);
        HttpResponse<String> r = send(
                server,
                "/login",
                anonymous,
                HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
                        + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + find(CSRF, login.body())),
                "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // Signing in changes the session's id, against session fixation.
        return cookie(r);
    }

    private HttpResponse<String> upload(
            ConfigurableApplicationContext server, String session, String kind, String fileName, byte[] content)
            throws Exception {
        String csrf = find(CSRF, get(server, "/admin/import", session).body());
        String boundary = "----two-servers";
        List<byte[]> parts = List.of(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind
                                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                content,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                server,
                "/admin/import",
                session,
                HttpRequest.BodyPublishers.ofByteArrays(parts),
                "multipart/form-data; boundary=" + boundary);
    }

    /** A form posted with the CSRF token of the session (read from a page of the same server). */
    private HttpResponse<String> post(ConfigurableApplicationContext server, String path, String session, String form)
            throws Exception {
        String csrf = find(CSRF, get(server, "/admin/import", session).body());
        return send(
                server,
                path,
                session,
                HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + csrf),
                "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext server, String path, String session)
            throws Exception {
        return send(server, path, session, null, null);
    }

    private HttpResponse<String> send(
            ConfigurableApplicationContext server,
            String path,
            String session,
            HttpRequest.BodyPublisher body,
            String contentType)
            throws Exception {
        int port = ((WebServerApplicationContext) server).getWebServer().getPort();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (session != null) {
            request.header("Cookie", session);
        }
        if (body != null) {
            request.header("Content-Type", contentType).POST(body);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String find(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as("%s on the page", pattern).isTrue();
        return m.group(1);
    }

    private static long count(String namePattern) {
        return jdbc.sql("select count(*) from cooperative where name like :name")
                .param("name", namePattern)
                .query(Long.class)
                .single();
    }
}

package vn.valuechain.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session against the application on a real port (cookies, the CSRF token of its pages, no redirect
 * followed), for tests that need the servlet container itself: error pages, forwarded headers, outages.
 */
public final class HttpSession {

    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrf;

    public HttpSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Signs in through the login form; returns the redirect's target ("/" when signed in). */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
        // Tomcat writes absolute redirects; the path is what tells where sign-in led.
        String location = response.headers().firstValue("Location").orElse("").replace(base, "");
        if (location.equals("/")) {
            get("/"); // the signed-in session's own CSRF token
        }
        return location;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path, headers).GET();
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /** A download. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post with the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return postEncoded(path, body, headers);
    }

    /** A form post whose body is already encoded (repeated or oddly encoded fields), with the CSRF token. */
    public HttpResponse<String> postEncoded(String path, String body, String... headers)
            throws IOException, InterruptedException {
        String withToken = (csrf == null ? "" : "_csrf=" + encode(csrf) + (body.isEmpty() ? "" : "&")) + body;
        HttpRequest.Builder request = request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(withToken, StandardCharsets.UTF_8));
        return remember(client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return response;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

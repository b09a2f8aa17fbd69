package vn.valuechain.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.demo.DemoDataService;
import vn.valuechain.support.Accounts;
import vn.valuechain.support.HttpSession;
import vn.valuechain.support.ServerTest;
import vn.valuechain.support.TestData;

/**
 * Bad input against every page and form of the application, found from its request mappings (so a new page is in
 * the corpus without anyone adding it): malformed numbers, numbers too large for their column, impossible dates,
 * NUL bytes, unknown enum values, unknown sort properties, absurd pages, empty list parameters, ids that are not
 * numbers, on the pages, their exports and their forms. No answer may be a server error or an English error page:
 * the form again with a message at the field, or a themed Vietnamese 400/404 page. Runs on the demo data.
 */
class BadInputCorpusTest extends ServerTest {

    /** Values for any parameter or field, chosen by its Java type. */
    private static final List<String> TEXT = List.of("Hợp tác xã\u0000Mỹ Hòa", "%", "x".repeat(5000));

    private static final List<String> NUMBER =
            List.of("abc", "99999999999999999999999", "1e400", "-99999999999", "1.234,5");
    private static final List<String> DATE = List.of("31/02/2026", "2026-13-45", "abc");
    private static final List<String> ENUM = List.of("BOGUS", "");
    private static final List<String> FLAG = List.of("maybe");

    /** Added to every list page and export. */
    private static final List<String> LIST_QUERIES = List.of(
            "sort=bogus,desc",
            "sort=name;drop%20table%20x",
            "page=2147483647",
            "page=-1&size=-5",
            "size=2147483647",
            "q=%25",
            "q=%00",
            "status=BOGUS",
            "unitIds=&unitIds=",
            "date=31/02/2026");

    private static final List<String> BAD_IDS = List.of("abc", "2147483648", "-1", "99999999999999999999");

    private static final Set<Class<?>> IGNORED =
            Set.of(Pageable.class, Model.class, BindingResult.class, RedirectAttributes.class, MultipartFile.class);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataService demo;

    @Autowired
    PasswordEncoder encoder;

    private final List<String> failures = new ArrayList<>();
    private HttpSession admin;
    private HttpSession district;
    private int requests;

    @BeforeEach
    void demoDataAndUsers() throws Exception {
        if (!demo.loaded()) {
            demo.load();
        }
        Long districtUnit = jdbc.sql("select min(id) from administrative_unit where level = 'DISTRICT'")
                .query(Long.class)
                .single();
        Accounts.create(jdbc, encoder, "corpus-admin", "ADMIN", null);
        Accounts.create(jdbc, encoder, "corpus-district", "DISTRICT", districtUnit);
        jdbc.sql("delete from sign_in_failure").update();
        admin = session();
        assertThat(admin.signIn("corpus-admin", TestData.PASSWORD)).isEqualTo("/");
        district = session();
        assertThat(district.signIn("corpus-district", TestData.PASSWORD)).isEqualTo("/");
    }

    @Test
    void noBadInputGetsAServerErrorOrAnEnglishPage() throws Exception {
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> pages = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("vn.valuechain"))
                .sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
                .toList();
        assertThat(pages).hasSizeGreaterThan(100);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> page : pages) {
            Set<RequestMethod> methods = page.getKey().getMethodsCondition().getMethods();
            for (String pattern : page.getKey().getPatternValues()) {
                if (methods.contains(RequestMethod.POST)) {
                    post(pattern, page.getKey(), page.getValue());
                } else {
                    get(pattern, page.getKey(), page.getValue());
                }
            }
        }
        assertThat(failures)
                .as("%d requests; these answered with a server error or an English page", requests)
                .isEmpty();
    }

    private void get(String pattern, RequestMappingInfo info, HandlerMethod handler) throws Exception {
        String path = withIds(pattern);
        String required = requiredParams(info);
        check("GET", path + query(required, ""), null);
        for (String extra : LIST_QUERIES) {
            check("GET", path + query(required, extra), null);
        }
        for (Map.Entry<String, Class<?>> field : fields(handler).entrySet()) {
            for (String value : valuesFor(field.getValue())) {
                check("GET", path + query(required, field.getKey() + "=" + HttpSession.encode(value)), null);
            }
        }
        for (String bad : badPaths(pattern)) {
            check("GET", bad, null);
        }
    }

    private void post(String pattern, RequestMappingInfo info, HandlerMethod handler) throws Exception {
        Map<String, Class<?>> fields = fields(handler);
        String path = withIds(pattern) + query(requiredParams(info), "");
        if (!fields.isEmpty()) {
            check("POST", path, "");
        }
        for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
            for (String value : valuesFor(field.getValue())) {
                check("POST", path, field.getKey() + "=" + HttpSession.encode(value));
            }
        }
        for (String bad : badPaths(pattern)) {
            check("POST", bad, "");
        }
    }

    private void check(String method, String url, String body) throws Exception {
        HttpResponse<String> response = send(admin, method, url, body);
        if (response.statusCode() == 403) {
            response = send(district, method, url, body); // a DISTRICT user's page
        }
        String page = response.body();
        boolean serverError = response.statusCode() >= 500;
        boolean english = page.contains("Whitelabel")
                || page.contains("HTTP Status")
                || page.contains("Type Exception Report")
                || page.contains("Internal Server Error");
        boolean unthemed = response.statusCode() >= 400
                && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                && !page.contains("lang=\"vi\"");
        if (serverError || english || unthemed) {
            failures.add(method + " " + url + (body == null || body.isEmpty() ? "" : " [" + shorten(body) + "]") + " → "
                    + response.statusCode() + " " + shorten(title(page)));
        }
    }

    private HttpResponse<String> send(HttpSession session, String method, String url, String body) throws Exception {
        requests++;
        return method.equals("GET") ? session.get(url) : session.postEncoded(url, body);
    }

    /** The request parameters and form fields the handler binds, with their types. */
    private static Map<String, Class<?>> fields(HandlerMethod handler) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || IGNORED.stream().anyMatch(t -> t.isAssignableFrom(type))
                    || type.getName().startsWith("jakarta.servlet")
                    || type.getName().startsWith("java.security")
                    || type.getName().startsWith("java.util.Locale")) {
                continue;
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null || BeanUtils.isSimpleProperty(type)) {
                String name = param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null && !Map.class.isAssignableFrom(type)) {
                    fields.put(name, type);
                }
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    fields.put(component.getName(), component.getType());
                }
            } else {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        fields.put(property.getName(), property.getPropertyType());
                    }
                }
            }
        }
        return fields;
    }

    private static List<String> valuesFor(Class<?> type) {
        if (type == String.class) {
            return TEXT;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return NUMBER;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type.isEnum()) {
            return ENUM;
        }
        if (type == boolean.class || type == Boolean.class) {
            return FLAG;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return List.of("", "abc", "Hợp tác xã\u0000");
        }
        return List.of("abc");
    }

    /** Parameters the mapping requires to be chosen at all (e.g. {@code format} of an export). */
    private static String requiredParams(RequestMappingInfo info) {
        List<String> params = new ArrayList<>();
        info.getParamsCondition().getExpressions().forEach(e -> {
            if (!e.isNegated()) {
                params.add(e.getName() + "=" + (e.getValue() != null ? e.getValue() : guess(e.getName())));
            }
        });
        return String.join("&", params);
    }

    private static String guess(String name) {
        return name.equals("format") ? "csv" : "1";
    }

    private static String query(String required, String extra) {
        String q = required.isEmpty() ? extra : extra.isEmpty() ? required : required + "&" + extra;
        return q.isEmpty() ? "" : "?" + q;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /** The pattern with the id of a real record of the table its path names. */
    private String withIds(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String before = pattern.substring(0, m.start());
            m.appendReplacement(path, Matcher.quoteReplacement(idFor(m.group(1), before)));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The same pattern with one variable at a time set to something that is not an id. */
    private Set<String> badPaths(String pattern) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            for (String bad : BAD_IDS) {
                String path = withIds(pattern.substring(0, m.start())) + bad + withIds(pattern.substring(m.end()));
                paths.add(path);
            }
        }
        return paths;
    }

    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("chains", "chain"),
            Map.entry("cooperatives", "cooperative"),
            Map.entry("enterprises", "enterprise"),
            Map.entry("contracts", "linkage_contract"),
            Map.entry("deliveries", "contract_delivery"),
            Map.entry("certifications", "certification"),
            Map.entry("plans", "plan"),
            Map.entry("sections", "plan_section"),
            Map.entry("action-items", "action_item"),
            Map.entry("targets", "target"),
            Map.entry("progress-reports", "progress_report"),
            Map.entry("notifications", "notification"),
            Map.entry("users", "app_user"),
            Map.entry("agencies", "agency"),
            Map.entry("units", "administrative_unit"),
            Map.entry("participants", "chain_participant"));

    private String idFor(String variable, String before) {
        String[] segments = before.split("/");
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        String table = TABLES.get(segment);
        if (table == null) {
            return switch (variable) {
                case "type", "kind" -> "cooperatives";
                case "token" -> "khong-co";
                default -> "1";
            };
        }
        // An empty table: any id, the page answers 404.
        return jdbc.sql("select coalesce(min(id), 1) from " + table)
                .query(Long.class)
                .single()
                .toString();
    }

    private static String title(String page) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(page);
        return m.find() ? m.group(1) : page.substring(0, Math.min(120, page.length()));
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
    }
}

package vn.valuechain.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.demo.DemoDataService;
import vn.valuechain.support.Accounts;
import vn.valuechain.support.ServerTest;

/**
 * Bad input against every page and form of the application, found from its request mappings (so a new page is in
 * the corpus without anyone adding it): malformed numbers, numbers too large for their column, impossible dates,
 * NUL bytes, unknown enum values, unknown sort properties, absurd pages, empty list parameters, ids that are not
 * numbers, on the pages, their exports and their forms. No answer may be a server error or an English error page:
 * the form again with a message at the field, or a themed Vietnamese 400/404 page. Runs on the demo data, through
 * MockMvc on the server tests' context (its own database); an error the container would render ({@code sendError})
 * is rendered by the application's {@code /error} page, as Tomcat would forward it.
 */
@AutoConfigureMockMvc
class BadInputCorpusTest extends ServerTest {

    private static final Logger log = LoggerFactory.getLogger(BadInputCorpusTest.class);

    /**
     * A value of the corpus: {@code invalid} if no field of its type may take it (the request must leave the database
     * as it was, whatever it answers); otherwise odd but possibly acceptable, so only a refusal must change nothing.
     */
    record Value(String text, boolean invalid) {

        static List<Value> invalid(String... texts) {
            return Arrays.stream(texts).map(t -> new Value(t, true)).toList();
        }

        static List<Value> odd(String... texts) {
            return Arrays.stream(texts).map(t -> new Value(t, false)).toList();
        }

        static List<Value> of(List<Value> first, List<Value> second) {
            List<Value> all = new ArrayList<>(first);
            all.addAll(second);
            return List.copyOf(all);
        }
    }

    /** Values for any parameter or field, chosen by its Java type. */
    private static final List<Value> TEXT =
            Value.of(Value.invalid("Hợp tác xã\u0000Mỹ Hòa"), Value.odd("%", "x".repeat(5000)));

    private static final List<Value> NUMBER =
            Value.of(Value.invalid("abc", "99999999999999999999999", "1e400"), Value.odd("-99999999999", "1.234,5"));
    private static final List<Value> DATE = Value.invalid("31/02/2026", "2026-13-45", "abc");
    private static final List<Value> ENUM = Value.of(Value.invalid("BOGUS"), Value.odd(""));
    private static final List<Value> FLAG = Value.invalid("maybe");
    private static final List<Value> LIST = Value.of(Value.invalid("Hợp tác xã\u0000"), Value.odd("", "abc"));
    private static final List<Value> OTHER = Value.odd("abc");

    /**
     * Added to every list (a page that takes a {@link Pageable}) and its export; any other parameter a page reads is
     * one of its own, which gets the values of its type.
     */
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

    /** A path with one of {@link #BAD_IDS}: no record is found, none may change. */
    private static final Value BAD_ID = new Value(null, true);

    private static final Set<Class<?>> IGNORED =
            Set.of(Pageable.class, Model.class, BindingResult.class, RedirectAttributes.class, MultipartFile.class);

    /** What a browser asks for: a page. */
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataService demo;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, String> errorPages = new HashMap<>();
    private RequestPostProcessor admin;
    private RequestPostProcessor district;
    private int requests;
    private int endpoints;

    @BeforeEach
    void demoDataAndUsers() {
        if (!demo.loaded()) {
            demo.load();
        }
        Long districtUnit = jdbc.sql("select min(id) from administrative_unit where level = 'DISTRICT'")
                .query(Long.class)
                .single();
        Accounts.create(jdbc, encoder, "corpus-admin", "ADMIN", null);
        Accounts.create(jdbc, encoder, "corpus-district", "DISTRICT", districtUnit);
        admin = user(userDetails.loadUserByUsername("corpus-admin"));
        district = user(userDetails.loadUserByUsername("corpus-district"));
        countWrites();
    }

    /**
     * Every row of a record any request inserts, updates or deletes is counted, in the request's own transaction: a
     * write rolled back is no change. The servers' own state is no record: sessions, and what the housekeeping job
     * writes at any moment (its claims, export progress, uploads waiting for their apply).
     */
    private void countWrites() {
        jdbc.sql("create table corpus_write (n bigint not null)").update();
        jdbc.sql("insert into corpus_write values (0)").update();
        jdbc.sql("""
                        create function corpus_count_write() returns trigger language plpgsql as $$
                        begin
                            update corpus_write set n = n + 1;
                            return null;
                        end $$""").update();
        jdbc.sql("""
                        do $$
                        declare t regclass;
                        begin
                            for t in select c.oid::regclass from pg_class c
                                     where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
                                       and not c.relispartition
                                       and c.relname not in ('corpus_write', 'flyway_schema_history', 'spring_session',
                                                           'spring_session_attributes', 'scheduled_job',
                                                           'export_progress', 'pending_upload')
                            loop
                                execute format('create trigger corpus_write after insert or update or delete on %s'
                                               ' for each row execute function corpus_count_write()', t);
                            end loop;
                        end $$""").update();
    }

    /** The other tests of this database count nothing. */
    @AfterEach
    void stopCountingWrites() {
        jdbc.sql("drop function if exists corpus_count_write() cascade").update();
        jdbc.sql("drop table if exists corpus_write").update();
    }

    private long writes() {
        return jdbc.sql("select n from corpus_write").query(Long.class).single();
    }

    @Test
    void noBadInputGetsAServerErrorOrAnEnglishPage() throws Exception {
        long start = System.nanoTime();
        List<Map.Entry<RequestMappingInfo, HandlerMethod>> pages = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("vn.valuechain"))
                .sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
                .toList();
        assertThat(pages).hasSizeGreaterThan(100);
        run(pages);
        log.info(
                "Bad-input corpus: {} requests on {} endpoints in {} s",
                requests,
                endpoints,
                (System.nanoTime() - start) / 1_000_000_000);
        assertThat(failures)
                .as(
                        "%d requests on %d endpoints; these answered with a server error or an English page",
                        requests, endpoints)
                .isEmpty();
    }

    /** The corpus itself can fail: a page and a form planted for the test that break on bad input are caught. */
    @Test
    void findsAPageAndAFormPlantedToBreakOnBadInput() throws Exception {
        Planted planted = new Planted(jdbc);
        Map<RequestMappingInfo, HandlerMethod> handlers = new LinkedHashMap<>();
        handlers.put(plantedMapping(RequestMethod.GET), new HandlerMethod(planted, "page", Long.class, String.class));
        handlers.put(
                plantedMapping(RequestMethod.POST), new HandlerMethod(planted, "save", String.class, BigDecimal.class));
        handlers.forEach((info, handler) -> mappings.registerMapping(info, planted, handler.getMethod()));
        try {
            run(List.copyOf(handlers.entrySet()));
        } finally {
            handlers.keySet().forEach(mappings::unregisterMapping);
        }
        assertThat(failures)
                .anySatisfy(f -> assertThat(f).startsWith("GET /admin/corpus-planted?count=-99999999999 → "))
                .anySatisfy(f -> assertThat(f).isEqualTo("GET /admin/corpus-planted?name=%25 → 400 Whitelabel"))
                .anySatisfy(
                        f -> assertThat(f)
                                .isEqualTo(
                                        "POST /admin/corpus-planted [amount=99999999999999999999999] → 302 (changed the database)"))
                .anySatisfy(f -> assertThat(f)
                        .isEqualTo("POST /admin/corpus-planted [name=%] → 400 Không hợp lệ (changed the database)"))
                .hasSize(4);
    }

    private RequestMappingInfo plantedMapping(RequestMethod method) {
        return RequestMappingInfo.paths("/admin/corpus-planted")
                .methods(method)
                .options(mappings.getBuilderConfiguration())
                .build();
    }

    /**
     * Fails on a negative count (a server error) and answers "%" with an English error page; its form saves any
     * amount, however absurd (no column could hold 10^23), and writes before it refuses the name "%".
     */
    static class Planted {

        private static final String VIETNAMESE_400 =
                "<html lang=\"vi\"><head><title>Không hợp lệ</title></head><body></body></html>";

        private final JdbcClient jdbc;

        Planted(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @ResponseBody
        public ResponseEntity<String> page(
                @RequestParam(required = false) Long count, @RequestParam(required = false) String name) {
            if (count != null && count < 0) {
                throw new IllegalStateException("planted failure");
            }
            if ("%".equals(name)) {
                return ResponseEntity.badRequest()
                        .contentType(MediaType.TEXT_HTML)
                        .body("<html><head><title>Whitelabel</title></head><body>Whitelabel Error Page</body></html>");
            }
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<html lang=\"vi\"></html>");
        }

        @ResponseBody
        public ResponseEntity<String> save(
                @RequestParam(required = false) String name, @RequestParam(required = false) BigDecimal amount) {
            if (amount == null && !"%".equals(name)) {
                return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body("<html lang=\"vi\"></html>");
            }
            jdbc.sql("update app_user set display_name = display_name where username = 'corpus-admin'")
                    .update();
            return amount == null
                    ? ResponseEntity.badRequest()
                            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                            .body(VIETNAMESE_400)
                    : ResponseEntity.status(302)
                            .header(HttpHeaders.LOCATION, "/")
                            .build();
        }
    }

    private void run(List<Map.Entry<RequestMappingInfo, HandlerMethod>> pages) throws Exception {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> page : pages) {
            Set<RequestMethod> methods = page.getKey().getMethodsCondition().getMethods();
            for (String pattern : page.getKey().getPatternValues()) {
                endpoints++;
                if (methods.contains(RequestMethod.POST)) {
                    post(pattern, page.getKey(), page.getValue());
                } else {
                    get(pattern, page.getKey(), page.getValue());
                }
            }
        }
    }

    private void get(String pattern, RequestMappingInfo info, HandlerMethod handler) throws Exception {
        String path = withIds(pattern);
        String required = requiredParams(info);
        check("GET", path + query(required, ""), null, null);
        if (isList(handler)) {
            for (String extra : LIST_QUERIES) {
                check("GET", path + query(required, extra), null, null);
            }
        }
        for (Map.Entry<String, Class<?>> field : fields(handler).entrySet()) {
            for (Value value : valuesFor(field.getValue())) {
                check("GET", path + query(required, field.getKey() + "=" + encode(value.text())), null, value);
            }
        }
        for (String bad : badPaths(pattern)) {
            check("GET", bad, null, BAD_ID);
        }
    }

    private void post(String pattern, RequestMappingInfo info, HandlerMethod handler) throws Exception {
        Map<String, Class<?>> fields = fields(handler);
        String path = withIds(pattern) + query(requiredParams(info), "");
        if (!fields.isEmpty()) {
            check("POST", path, null, null);
        }
        for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
            for (Value value : valuesFor(field.getValue())) {
                check("POST", path, field.getKey(), value);
            }
        }
        for (String bad : badPaths(pattern)) {
            check("POST", bad, null, BAD_ID);
        }
    }

    private static boolean isList(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> Pageable.class.isAssignableFrom(p.getParameterType()));
    }

    /**
     * Sends the request as the administrator, or as the DISTRICT user where the page is theirs only. Besides the page,
     * checks the database: a refused request (an error status, or a form posted and shown again) and any request with
     * an invalid value must not have written to it.
     */
    private void check(String method, String url, String field, Value value) throws Exception {
        String request =
                shorten(method + " " + url) + (field == null ? "" : " [" + shorten(field + "=" + value.text()) + "]");
        try {
            long writesBefore = writes();
            MockHttpServletResponse response = send(admin, method, url, field, value);
            if (response.getStatus() == 403) {
                response = send(district, method, url, field, value);
            }
            int status = response.getStatus();
            String page = response.getContentAsString();
            String contentType = response.getContentType();
            if (status >= 400 && page.isEmpty()) {
                // sendError: Tomcat forwards to /error, whose page is the one the user sees
                page = errorPage(status);
                contentType = MediaType.TEXT_HTML_VALUE;
            }
            boolean english = page.contains("Whitelabel")
                    || page.contains("HTTP Status")
                    || page.contains("Type Exception Report")
                    || page.contains("Internal Server Error");
            boolean unthemed = status >= 400
                    && contentType != null
                    && contentType.startsWith(MediaType.TEXT_HTML_VALUE)
                    && !page.contains("lang=\"vi\"");
            boolean refused = status >= 400 || (method.equals("POST") && status < 300);
            boolean wrote = writes() != writesBefore;
            boolean wroteWhenItMustNot = wrote && (refused || (value != null && value.invalid()));
            if (status >= 500 || english || unthemed || wroteWhenItMustNot) {
                String title = shorten(title(page));
                failures.add(request + " → " + status + (title.isEmpty() ? "" : " " + title)
                        + (wroteWhenItMustNot ? " (changed the database)" : ""));
            }
        } catch (Exception e) {
            // unhandled in the application: the container would answer 500
            failures.add(request + " → " + NestedExceptionUtils.getMostSpecificCause(e));
        }
    }

    /**
     * A form's field goes in as the parameter the servlet container would read from the body (MockMvc would decode an
     * encoded body twice, and lose a "%").
     */
    private MockHttpServletResponse send(RequestPostProcessor who, String method, String url, String field, Value value)
            throws Exception {
        requests++;
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? MockMvcRequestBuilders.get(URI.create(url))
                : MockMvcRequestBuilders.post(URI.create(url))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .with(csrf());
        if (field != null) {
            request.param(field, value.text());
        }
        return mvc.perform(request.header(HttpHeaders.ACCEPT, ACCEPT).with(who))
                .andReturn()
                .getResponse();
    }

    /** The application's error page for the status, as the container shows it after {@code sendError}. */
    private String errorPage(int status) throws Exception {
        String page = errorPages.get(status);
        if (page == null) {
            page = mvc.perform(MockMvcRequestBuilders.get("/error")
                            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                            .header(HttpHeaders.ACCEPT, ACCEPT)
                            .with(admin))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            errorPages.put(status, page);
        }
        return page;
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

    private static List<Value> valuesFor(Class<?> type) {
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
            return LIST;
        }
        return OTHER;
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
    }
}

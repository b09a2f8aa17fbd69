package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import vn.valuechain.ValueChainOfficeApplication;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ProgressReportService.ReportData;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * The officer's day on the demo data, started as a person starts it ({@code APP_DEMO_DATA=true} on an empty
 * database of its own): the administrator exists before the demo data, every page says "Đang nạp dữ liệu mẫu" (503)
 * until the data is in, and then each role's home page shows its work, every line opening the list behind it.
 * Screenshots in target/screenshots/home-*.png.
 */
class DemoDayBrowserTest {

    record Seen(int status, String body, boolean adminExists, long items) {}

    static final String ADMIN_PASSWORD = "mat-khau-quan-tri-thu";
    static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    static String url;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void startWithTheDemoData() throws Exception {
        url = TestDatabase.createDatabase("demo_day_test");
        AtomicInteger listening = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Thread poller = new Thread(() -> {
            while (!stop.get()) {
                if (listening.get() > 0) {
                    look(http, listening.get());
                }
                pause();
            }
        });
        poller.start();
        try {
            app = new SpringApplicationBuilder(ValueChainOfficeApplication.class)
                    .listeners(event -> {
                        if (event instanceof WebServerInitializedEvent e) {
                            listening.set(e.getWebServer().getPort());
                        } else if (event instanceof ContextClosedEvent) {
                            stop.set(true);
                        }
                    })
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + TestDatabase.username(),
                            "--spring.datasource.password=" + TestDatabase.password(),
                            "--app.demo-data=true",
                            "--app.admin.password=" + ADMIN_PASSWORD,
                            "--app.reminders.cron=-");
            port = listening.get();
            // run() returns once every start-up runner is done: two more looks afterwards (a look begun before it
            // returned may end after)
            int before = SEEN.size();
            while (SEEN.size() < before + 2) {
                pause();
            }
        } finally {
            stop.set(true);
            poller.join();
        }
        people();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theAdministratorComesFirstAndPagesWaitForTheDemoData() throws Exception {
        long allItems;
        try (Connection c = connect()) {
            allItems = count(c, "select count(*) from action_item");
            // the demo's plans (2018's and the illustrative one of 2026) all come after the administrator
            assertThat(count(c, "select count(*) from plan")).isEqualTo(2);
            assertThat(count(c, """
                            select count(*) from app_user u, plan p
                            where u.username = 'admin' and u.created_at <= p.created_at""")).isEqualTo(2);
            assertThat(count(c, """
                            select count(*) from action_item i join plan p on p.id = i.plan_id
                            where p.document_number = '2835/KH-UBND'""")).isEqualTo(65);
        }
        assertThat(SEEN)
                .allSatisfy(s -> assertThat(s.status()).isIn(200, 503))
                .filteredOn(s -> s.status() == 503)
                .allSatisfy(s -> assertThat(s.body()).contains("Đang nạp dữ liệu mẫu"));
        assertThat(SEEN).filteredOn(s -> s.status() == 200).isNotEmpty().allSatisfy(s -> {
            assertThat(s.adminExists()).isTrue();
            assertThat(s.items())
                    .as("every page served after the whole demo is in")
                    .isEqualTo(allItems);
        });
    }

    @Test
    void eachRoleSeesItsDayOnItsHomePage() {
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("o-staff", TestData.PASSWORD);
            assertThat(browser.find("#staff-work").getText()).contains("Việc cần làm hôm nay");
            assertThat(count(browser, "reviewQueue")).isEqualTo(1);
            assertThat(browser.find("#work-reviewQueue").getText()).contains("Quý 4/2025");
            assertThat(count(browser, "overdue"))
                    .as("the demo plan ran to 2025")
                    .isPositive();
            browser.screenshot("home-staff");
            for (String line : List.of("overdue", "reviewQueue", "contracts", "certificates", "dropped")) {
                long count = count(browser, line);
                browser.clickAndWaitForNextPage("#work-" + line + " a.work-title");
                assertThat(total(browser.text())).as(line).isEqualTo(count);
                browser.open("/");
            }
            browser.signOut();

            browser.signIn("o-district", TestData.PASSWORD);
            assertThat(browser.find("#district-work").getText()).contains("Việc cần làm hôm nay");
            assertThat(browser.find("#work-returned").getText())
                    .contains("Ý kiến người duyệt: Thiếu danh sách hợp tác xã đã ký hợp đồng.");
            browser.screenshot("home-district");
            browser.clickAndWaitForNextPage("#work-returned a.work-title");
            assertThat(browser.path()).startsWith("/progress-reports?status=RETURNED");
            assertThat(total(browser.text())).isEqualTo(1);
            browser.open("/");
            browser.signOut();

            for (String user : List.of("o-viewer", "admin")) {
                browser.signIn(user, user.equals("admin") ? ADMIN_PASSWORD : TestData.PASSWORD);
                assertThat(browser.find("#figures").getText())
                        .contains("Số liệu chính so với cuối quý trước")
                        .contains("Chuỗi giá trị");
                assertThat(browser.find("#figure-all td:nth-child(3)").getText())
                        .isEqualTo("8");
                browser.screenshot("home-" + (user.equals("admin") ? "admin" : "viewer"));
                browser.clickAndWaitForNextPage("#figure-certified a");
                assertThat(browser.path()).startsWith("/dashboard/chains?selection=certified");
                browser.open("/");
                browser.signOut();
            }
        }
    }

    /**
     * The trends page on the demo data: every quarter from 2018 to today's in the table and on the chart, the chains
     * with an offtake contract rising in 2024 when the demo's contracts begin (K1 from 15/01/2024).
     */
    @Test
    void theTrendChartShowsTheDemosQuarters() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        int quarters = (today.getYear() - 2018) * 4 + (today.getMonthValue() - 1) / 3 + 1;
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.signIn("o-viewer", TestData.PASSWORD);
            browser.open("/dashboard/trends?from=2018&to=" + today.getYear());
            assertThat(browser.find("#trend-table tbody").findElements(By.tagName("tr")))
                    .hasSize(quarters);
            assertThat(((Number)
                                    browser.valueOf(
                                            "window.Chart && Chart.getChart('trendChart') && Chart.getChart('trendChart').data.labels.length"))
                            .intValue())
                    .isEqualTo(quarters);
            // column 6: chains with an offtake contract in force
            assertThat(browser.find("#quarter-2023-4 td:nth-child(6)").getText())
                    .isEqualTo("0");
            assertThat(Integer.parseInt(
                            browser.find("#quarter-2024-1 td:nth-child(6)").getText()))
                    .isPositive();
            browser.screenshot("trends-viewer");
            browser.signOut();
        }
    }

    /** A member of staff, a local official of Mỏ Cày Nam and a leader; the official has sent two reports on the
     * demo plan, of which the office returned one. */
    private static void people() throws SQLException {
        UserService users = app.getBean(UserService.class);
        users.create("o-staff", "Nguyễn Thị Lan", Role.STAFF, null, TestData.PASSWORD);
        users.create("o-viewer", "Trần Văn Minh", Role.VIEWER, null, TestData.PASSWORD);
        long district;
        List<Long> itemIds = new ArrayList<>();
        try (Connection c = connect()) {
            district = count(c, "select min(id) from administrative_unit where name = 'Huyện Mỏ Cày Nam'");
            try (ResultSet rs = c.createStatement().executeQuery("""
                    select distinct i.id from action_item i
                      left join action_item_agency a on a.action_item_id = i.id
                      left join action_item_unit u on u.action_item_id = i.id
                    where a.administrative_unit_id = %d or u.administrative_unit_id = %d
                    order by i.id limit 2""".formatted(district, district))) {
                while (rs.next()) {
                    itemIds.add(rs.getLong(1));
                }
            }
        }
        AppUser official = users.create("o-district", "Lê Văn Hòa", Role.DISTRICT, district, TestData.PASSWORD);
        try (Connection c = connect()) {
            c.createStatement()
                    .executeUpdate("update app_user set must_change_password = false where username like 'o-%'");
        }
        ProgressReportService reports = app.getBean(ProgressReportService.class);
        ReportPeriod q4 = new ReportPeriod(ReportPeriodType.QUARTER, 2025, 4);
        var asOfficial = users.principal(official.getId());
        reports.create(report(itemIds.get(0), district, q4), asOfficial, true);
        ProgressReport second = reports.create(report(itemIds.get(1), district, q4), asOfficial, true);
        reports.returnReport(
                second.getId(),
                second.getVersion(),
                "Thiếu danh sách hợp tác xã đã ký hợp đồng.",
                users.principal(users.idOf("admin").orElseThrow()));
    }

    private static ReportData report(long itemId, long unitId, ReportPeriod period) {
        return new ReportData(
                0, itemId, unitId, period, new BigDecimal("60"), "Đã thực hiện theo kế hoạch.", null, null, Map.of());
    }

    private static long count(Browser browser, String line) {
        return Long.parseLong(browser.find("#work-" + line + " .work-count").getText());
    }

    /** "Tổng số: 12" under a list. */
    private static long total(String page) {
        Matcher m = Pattern.compile("Tổng số: ([\\d.]+)").matcher(page);
        assertThat(m.find()).as("a total on the list").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    private static void look(HttpClient http, int port) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // what the database held when the page answered
            try (Connection c = connect()) {
                SEEN.add(new Seen(
                        r.statusCode(),
                        r.body(),
                        count(c, "select count(*) from app_user where username = 'admin'") == 1,
                        count(c, "select count(*) from action_item")));
            }
        } catch (Exception e) {
            // not listening yet, or stopping
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.username(), TestDatabase.password());
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

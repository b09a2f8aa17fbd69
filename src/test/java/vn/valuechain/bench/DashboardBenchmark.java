package vn.valuechain.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * Not a test: measures the dashboard on a generated province of 5,000 chains, 20,000 cooperatives and 50,000
 * contracts, and prints the response times. Excluded from the build; run it with
 * {@code ./mvnw test -Dgroups=benchmark -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class DashboardBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Test
    void dashboardOnALargeProvince() throws Exception {
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            data.user("bench", Role.STAFF, null);
            generate();
        });
        System.out.printf("BENCHMARK generated the province in %.1f s%n", (System.nanoTime() - start) / 1e9);
        jdbc.sql("analyze").update();

        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String cookie = signIn(http);
        for (String path : List.of(
                "/dashboard",
                "/api/v1/dashboard",
                "/dashboard/chains?selection=certified&met=false",
                "/chains",
                "/cooperatives?q=hop+tac+xa+123")) {
            time(http, cookie, path, 7);
        }
        // Whole lists sent out: every row, streamed a thousand at a time.
        for (String path : List.of(
                "/cooperatives?format=xlsx",
                "/cooperatives?format=csv",
                "/contracts?format=xlsx",
                "/contracts?format=csv",
                "/reports/summary.xlsx")) {
            time(http, cookie, path, 3);
        }
    }

    /** Times a path over HTTP: the first request, then the median of the warm ones (after two). */
    private void time(HttpClient http, String cookie, String path, int requests) throws Exception {
        List<Long> millis = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = http.send(
                    HttpRequest.newBuilder(URI.create(base() + path))
                            .header("Cookie", cookie)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - t) / 1_000_000);
            bytes = r.body().length;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
        }
        List<Long> warm = new ArrayList<>(millis.subList(Math.min(2, requests - 1), millis.size()));
        Collections.sort(warm);
        System.out.printf(
                "BENCHMARK %-55s first %5d ms, warm median %5d ms (min %d, max %d), %,d bytes%n",
                path, millis.get(0), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), bytes);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String signIn(HttpClient http) throws Exception {
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=bench&password=" + TestData.PASSWORD + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").map(c -> c.split(";")[0]).orElse(session);
    }

    /** 10 districts of 20 communes; 20,000 cooperatives; 5,000 chains of 4 participants; 50,000 contracts. */
    private void generate() {
        jdbc.sql("insert into administrative_unit (level, code, name) values ('PROVINCE', '99', 'Tỉnh Thử Nghiệm')")
                .update();
        jdbc.sql("""
                insert into administrative_unit (level, code, name, parent_id)
                select 'DISTRICT', '9' || lpad(g::text, 2, '0'), 'Huyện số ' || g,
                       (select id from administrative_unit where code = '99')
                from generate_series(1, 10) g""").update();
        jdbc.sql("""
                insert into administrative_unit (level, code, name, parent_id)
                select 'COMMUNE', '99' || lpad(d::text, 2, '0') || lpad(c::text, 2, '0'), 'Xã ' || d || '-' || c, u.id
                from generate_series(1, 10) d cross join generate_series(1, 20) c
                join administrative_unit u on u.code = '9' || lpad(d::text, 2, '0') and u.level = 'DISTRICT'""").update();
        jdbc.sql("""
                insert into cooperative (type, name, status, administrative_unit_id, product_id)
                select 'HTX', 'Hợp tác xã ' || g, 'EXISTING',
                       (select id from administrative_unit where level = 'COMMUNE' order by id offset (g % 200) limit 1),
                       (select id from product order by id offset (g % 8) limit 1)
                from generate_series(1, 20000) g""").update();
        jdbc.sql("""
                insert into enterprise (name, in_province) select 'Công ty ' || g, g % 3 <> 0 from generate_series(1, 500) g
                """).update();
        jdbc.sql("""
                insert into chain (name, product_id, status, output_unit, planned_output, planned_scale, actual_scale,
                                   scale_unit, households_planned, households_actual, has_label_traceability)
                select 'Chuỗi ' || g, (select id from product order by id offset (g % 8) limit 1), 'ACTIVE', 'TAN',
                       1000, 100, 80 + g % 40, 'HA', 50, 40 + g % 20, g % 4 = 0
                from generate_series(1, 5000) g""").update();
        jdbc.sql("""
                insert into chain_unit (chain_id, administrative_unit_id)
                select c.id, (select id from administrative_unit where level = 'COMMUNE' order by id offset (c.id % 200) limit 1)
                from chain c where c.name like 'Chuỗi %'""").update();
        jdbc.sql("""
                insert into chain_required_stage (chain_id, stage)
                select c.id, s from chain c cross join unnest(array['INPUT_SUPPLY', 'PRODUCTION', 'CONSUMPTION']) s""").update();
        jdbc.sql("""
                insert into chain_participant (chain_id, party_kind, cooperative_id, role)
                select c.id, 'COOPERATIVE', (select min(id) from cooperative) + (c.id * 4 + k) % 20000, 'PRODUCER'
                from chain c cross join generate_series(0, 2) k""").update();
        jdbc.sql("""
                insert into chain_participant (chain_id, party_kind, enterprise_id, role)
                select c.id, 'ENTERPRISE', (select min(id) from enterprise) + c.id % 500, 'BUYER'
                from chain c where c.id % 3 <> 0""").update();
        jdbc.sql("""
                insert into chain_participant_stage (participant_id, stage)
                select id, case when party_kind = 'COOPERATIVE' then 'PRODUCTION' else 'CONSUMPTION' end
                from chain_participant""").update();
        jdbc.sql("""
                insert into linkage_contract (type, chain_id, seller_kind, seller_cooperative_id, buyer_kind,
                                              buyer_enterprise_id, status, start_on, end_on, volume, volume_unit)
                select case when g % 5 = 0 then 'INPUT_SUPPLY' else 'OFFTAKE' end,
                       (select min(id) from chain) + g % 5000, 'COOPERATIVE', (select min(id) from cooperative) + g % 20000,
                       'ENTERPRISE', (select min(id) from enterprise) + g % 500, 'SIGNED',
                       current_date - (g % 900), case when g % 2 = 0 then current_date + 365 end, 20 + g % 50, 'TAN'
                from generate_series(1, 50000) g""").update();
        jdbc.sql("""
                insert into contract_delivery (contract_id, delivered_on, volume)
                select id, current_date - 30, 5 from linkage_contract where id % 2 = 0""").update();
        jdbc.sql("""
                insert into certification (type, holder_kind, holder_cooperative_id, product_id, status, valid_from, valid_to)
                select 'VIETGAP', 'COOPERATIVE', cp.cooperative_id, c.product_id, 'VALID', current_date - 100, current_date + 600
                from chain_participant cp join chain c on c.id = cp.chain_id
                where cp.party_kind = 'COOPERATIVE' and c.id % 4 = 1""").update();
    }
}

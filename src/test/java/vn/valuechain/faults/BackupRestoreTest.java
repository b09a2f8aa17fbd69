package vn.valuechain.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.valuechain.demo.DemoDataService;
import vn.valuechain.shared.db.DatabaseBackup;
import vn.valuechain.support.Accounts;
import vn.valuechain.support.HttpSession;
import vn.valuechain.support.ServerTest;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;

/**
 * An administrator downloads a backup of the running application's database; restored into an empty database, every
 * record of every table is found again, identical, and the sequences go on where they were.
 */
class BackupRestoreTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoDataService demo;

    @Autowired
    PasswordEncoder encoder;

    @Value("${spring.datasource.username}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryRecord() throws Exception {
        if (!demo.loaded()) {
            demo.load();
        }
        Accounts.create(jdbc, encoder, "backup-admin", "ADMIN", null);
        HttpSession admin = session();
        assertThat(admin.signIn("backup-admin", TestData.PASSWORD)).isEqualTo("/");
        HttpResponse<byte[]> download = admin.getBytes("/admin/backup");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
        Map<String, String> before = fingerprints(jdbc);
        assertThat(before.get("cooperative"))
                .as("the demo's cooperatives are in the source")
                .isNotEqualTo("0:");

        String restoredUrl = TestDatabase.createDatabase("vco_restored");
        Flyway flyway = Flyway.configure()
                .dataSource(restoredUrl, username, password)
                .locations("classpath:db/migration")
                .load();
        long rows = DatabaseBackup.restore(flyway, new ByteArrayInputStream(download.body()));

        try (Connection c = DriverManager.getConnection(restoredUrl, username, password)) {
            JdbcClient restored =
                    JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
            // The sessions of the requests that made the backup are touched by those requests after it: counted, not
            // compared.
            assertThat(withoutSessions(fingerprints(restored))).isEqualTo(withoutSessions(before));
            assertThat(rows)
                    .isEqualTo(before.values().stream()
                            .mapToLong(f -> Long.parseLong(f.substring(0, f.indexOf(':'))))
                            .sum());
            // A new record gets a fresh id, not one of the restored ones.
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("insert into product (name) values ('Thử nghiệm sao lưu')"
                            + " returning id > (select max(id) from product where name <> 'Thử nghiệm sao lưu')")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
        assertThatThrownBy(() -> DatabaseBackup.restore(flyway, new ByteArrayInputStream(download.body())))
                .as("never into a database that has data")
                .hasMessageContaining("not empty");
        assertThatThrownBy(() -> DatabaseBackup.restore(
                        flyway, new ByteArrayInputStream("not a backup".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("Not a backup");
    }

    private static Map<String, String> withoutSessions(Map<String, String> prints) {
        Map<String, String> kept = new LinkedHashMap<>(prints);
        kept.keySet().removeIf(table -> table.startsWith("spring_session"));
        return kept;
    }

    /** Each table's row count and a digest of all its rows. */
    private static Map<String, String> fingerprints(JdbcClient db) {
        List<String> tables = db.sql("select tablename from pg_tables where schemaname = current_schema()"
                        + " and tablename <> 'flyway_schema_history' order by tablename")
                .query(String.class)
                .list();
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : tables) {
            prints.put(
                    table,
                    db.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from \"" + table + "\" t")
                            .query(String.class)
                            .single());
        }
        return prints;
    }
}

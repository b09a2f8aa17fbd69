package vn.valuechain.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * On a server whose clock is set to UTC, every moment a person reads is the office's (Asia/Ho_Chi_Minh, UTC+7):
 * 20:30 UTC on 30/06/2026 is 03:30 on 01/07/2026 in the change history, the notifications and their exports, and
 * 17:15 UTC on 31/12/2026 is 00:15 on 01/01/2027 in the deleted records. Envers writes the history when a
 * transaction commits, so the records here are committed, with names of this test only.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnDatabase
class OfficeTimeTest extends IntegrationTest {

    static final String NAME = "Công ty TNHH Giờ Văn Phòng";
    static final Instant EVENING_UTC = Instant.parse("2026-06-30T20:30:00Z");
    static final Instant NEW_YEAR_UTC = Instant.parse("2026-12-31T17:15:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    TimeZone serverZone;
    long enterpriseId;

    @BeforeAll
    void serverInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        tx.executeWithoutResult(s -> data.user("tz-admin", Role.ADMIN, null));
        enterpriseId = tx.execute(s -> {
            Enterprise e = new Enterprise(NAME);
            em.persist(e);
            return e.getId();
        });
        revisionsAt("enterprise_aud", 0, EVENING_UTC);
        tx.executeWithoutResult(s -> em.remove(em.find(Enterprise.class, enterpriseId)));
        revisionsAt("enterprise_aud", 2, NEW_YEAR_UTC);
        long userId = jdbc.sql("select id from app_user where username = 'tz-admin'")
                .query(Long.class)
                .single();
        jdbc.sql("insert into notification (recipient_id, message_key, message_args, created_at)"
                        + " values (:user, 'notification.list.title', null, :at)")
                .param("user", userId)
                .param("at", java.sql.Timestamp.from(EVENING_UTC))
                .update();
    }

    @AfterAll
    void cleanUp() {
        jdbc.sql("delete from app_user where username = 'tz-admin'").update();
        TimeZone.setDefault(serverZone);
    }

    private void revisionsAt(String auditTable, int revisionType, Instant at) {
        jdbc.sql("update revision set timestamp = :ms where id in (select rev from " + auditTable
                        + " where id = :id and revtype = :type)")
                .param("ms", at.toEpochMilli())
                .param("id", enterpriseId)
                .param("type", revisionType)
                .update();
    }

    @Test
    void theServerRunsInUtc() {
        assertThat(ZoneId.systemDefault().getId()).isEqualTo("UTC");
    }

    @Test
    void deletedRecordsAndTheirExportShowTheOfficesTime() throws Exception {
        String page = body("/admin/deleted?type=ENTERPRISE");
        assertThat(page).contains(NAME, "01/01/2027 00:15").doesNotContain("31/12/2026 17:15");
        assertThat(body("/admin/deleted?type=ENTERPRISE&format=csv"))
                .contains(NAME)
                .contains("01/01/2027 00:15");
    }

    @Test
    void notificationsAndTheirExportShowTheOfficesTime() throws Exception {
        assertThat(body("/notifications")).contains("01/07/2026 03:30").doesNotContain("30/06/2026 20:30");
        assertThat(body("/notifications?format=csv")).contains("01/07/2026 03:30");
    }

    @Test
    void theChangeHistoryShowsTheOfficesTime() throws Exception {
        tx.executeWithoutResult(s -> {
            Enterprise e = new Enterprise(NAME + " (lịch sử)");
            em.persist(e);
            enterpriseId = e.getId();
        });
        revisionsAt("enterprise_aud", 0, EVENING_UTC);
        try {
            assertThat(body("/enterprises/" + enterpriseId))
                    .contains("01/07/2026 03:30")
                    .doesNotContain("30/06/2026 20:30");
        } finally {
            jdbc.sql("delete from enterprise where id = :id")
                    .param("id", enterpriseId)
                    .update();
        }
    }

    @Test
    void everyWorkbookSaysWhenItWasMadeInTheOfficesTime() throws Exception {
        Instant before = Instant.now();
        byte[] xlsx = mvc.perform(get("/enterprises?format=xlsx").with(user(users.loadUserByUsername("tz-admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Instant after = Instant.now();
        String stamp = TableReader.read("x.xlsx", xlsx, TableReader.Limits.DEFAULT).sheets().get(0).rows().stream()
                .map(ReadRow::cells)
                .map(cells -> cells.get(0).text())
                .filter(text -> text.startsWith("Xuất lúc "))
                .findFirst()
                .orElseThrow()
                .substring("Xuất lúc ".length());
        Instant made = LocalDateTime.parse(stamp, DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant();
        // Minutes only: the stamp is within the minute of the request, read in the office's zone.
        assertThat(made).isBetween(before.minus(Duration.ofMinutes(1)), after);
    }

    private String body(String url) throws Exception {
        return new String(
                mvc.perform(get(url).with(user(users.loadUserByUsername("tz-admin"))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }
}

package vn.valuechain.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * No statement runs for ever: every pooled connection carries the statement timeout, and a page whose statement
 * PostgreSQL cancels (a timeout, or here a cancel sent to the waiting statement: the same error, 57014) answers with
 * the Vietnamese 503 page instead of a server error.
 */
@AutoConfigureMockMvc
@OwnDatabase
class StatementTimeoutTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    @Test
    void everyConnectionCarriesTheStatementTimeout() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("15s");
    }

    @Test
    void everyConnectionPlansEachStatementForItsValues() {
        assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single())
                .isEqualTo("force_custom_plan");
    }

    @Test
    void aPageWhoseStatementIsCancelledSaysSoInVietnamese() throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'timeout.staff'")
                        .query(Long.class)
                        .single()
                == 0) {
            tx.executeWithoutResult(s -> data.user("timeout.staff", Role.STAFF, null));
        }
        var staff = user(users.loadUserByUsername("timeout.staff"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection locker = dataSource.getConnection();
                Statement lock = locker.createStatement()) {
            locker.setAutoCommit(false);
            lock.execute("lock table cooperative in access exclusive mode");
            Future<MvcResult> page = thread.submit(
                    () -> mvc.perform(get("/cooperatives").with(staff)).andReturn());

            long waiting = waitingBackend();
            jdbc.sql("select pg_cancel_backend(cast(:pid as int))")
                    .param("pid", waiting)
                    .query()
                    .singleRow();
            MvcResult result = page.get(1, TimeUnit.MINUTES);
            locker.rollback();

            assertThat(result.getResponse().getStatus()).isEqualTo(503);
            assertThat(result.getResponse().getHeader("Retry-After")).isNotBlank();
            assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                    .contains("Trang này đang quá tải")
                    .contains("không có gì bị thay đổi");
        } finally {
            thread.shutdownNow();
        }
    }

    /** The backend of the page's statement, once it waits for the lock. */
    private long waitingBackend() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<Long> pid = jdbc.sql("""
                            select pid from pg_stat_activity
                            where wait_event_type = 'Lock' and datname = current_database()
                              and query ilike '%cooperative%' and pid <> pg_backend_pid()""").query(Long.class).optional();
            if (pid.isPresent()) {
                return pid.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the page's statement never waited for the lock");
    }
}

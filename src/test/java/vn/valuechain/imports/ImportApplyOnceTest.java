package vn.valuechain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * A dry run is applied once: two applies of it, at the same moment on two threads or one after the other, write its
 * rows once and the second is refused; a second dry run of the same file, applied after the first, finds every row
 * already there. Real commits on two connections (no test transaction), on cooperatives of its own.
 */
@OwnDatabase
class ImportApplyOnceTest extends IntegrationTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    UnitScopedUser admin;

    @BeforeEach
    void admin() {
        if (jdbc.sql("select count(*) from app_user where username = 'once.admin'")
                        .query(Long.class)
                        .single()
                == 0) {
            tx.executeWithoutResult(s -> data.user("once.admin", Role.ADMIN, null));
        }
        admin = (UnitScopedUser) users.loadUserByUsername("once.admin");
    }

    @Test
    void oneDryRunAppliedTwiceAtOnceWritesItsRowsOnce() throws Exception {
        byte[] file = cooperatives("HTX song song", 5);
        String token = keptDryRun(file);

        List<Object> outcomes = atOnce(() -> imports.apply(token, admin), () -> imports.apply(token, admin));

        assertThat(count("HTX song song %")).isEqualTo(5);
        assertThat(outcomes).filteredOn(o -> o instanceof ImportResult).hasSize(1);
        assertThat(outcomes)
                .filteredOn(o -> o instanceof ImportRefusedException)
                .singleElement()
                .extracting(o -> ((ImportRefusedException) o).messageKey())
                .isEqualTo("import.apply.alreadyApplied");
    }

    @Test
    void oneDryRunAppliedAgainLaterIsRefused() {
        String token = keptDryRun(cooperatives("HTX lần lượt", 5));
        assertThat(imports.apply(token, admin).counts()).containsEntry(RowStatus.NEW, 5L);

        assertThat(refusal(token)).isEqualTo("import.apply.alreadyApplied");
        assertThat(count("HTX lần lượt %")).isEqualTo(5);
    }

    @Test
    void aSecondDryRunOfTheSameFileAppliedAfterTheFirstFindsEveryRowUnchanged() {
        byte[] file = cooperatives("HTX hai lần kiểm tra", 3);
        String first = keptDryRun(file);
        String second = keptDryRun(file);

        assertThat(imports.apply(first, admin).counts()).containsEntry(RowStatus.NEW, 3L);
        ImportResult again = imports.apply(second, admin);

        assertThat(again.rows()).extracting(ImportResult.RowResult::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.counts())
                .containsEntry(RowStatus.NEW, 0L)
                .containsEntry(RowStatus.CHANGED, 0L)
                .containsEntry(RowStatus.UNCHANGED, 3L);
        assertThat(count("HTX hai lần kiểm tra %")).isEqualTo(3);
    }

    @Test
    void twoDryRunsOfTheSameFileAppliedAtOnceWriteItsRowsOnce() throws Exception {
        byte[] file = cooperatives("HTX hai bản song song", 4);
        String first = keptDryRun(file);
        String second = keptDryRun(file);

        List<Object> outcomes = atOnce(() -> imports.apply(first, admin), () -> imports.apply(second, admin));

        // Applies wait for each other: the second plans after the first committed, and writes nothing.
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(ImportResult.class));
        assertThat(outcomes)
                .extracting(o -> ((ImportResult) o).counts().get(RowStatus.UNCHANGED))
                .containsExactlyInAnyOrder(0L, 4L);
        assertThat(count("HTX hai bản song song %")).isEqualTo(4);
    }

    /** "Tên,Loại hình" and {@code rows} new cooperatives named "{prefix} 1", "{prefix} 2"… */
    private static byte[] cooperatives(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("Tên,Loại hình\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append(' ').append(i).append(",Hợp tác xã\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String keptDryRun(byte[] file) {
        ImportResult dryRun = imports.dryRun("cooperatives", "htx.csv", file, admin);
        assertThat(dryRun.applicable()).isTrue();
        return imports.keep(dryRun, file, admin);
    }

    private String refusal(String token) {
        try {
            imports.apply(token, admin);
            return null;
        } catch (ImportRefusedException e) {
            return e.messageKey();
        }
    }

    private long count(String namePattern) {
        return jdbc.sql("select count(*) from cooperative where name like :name")
                .param("name", namePattern)
                .query(Long.class)
                .single();
    }

    /** Runs both on two threads released together; each one's result or exception. */
    private static List<Object> atOnce(Callable<?> one, Callable<?> two) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (Callable<?> task : List.of(one, two)) {
                running.add(threads.submit(() -> {
                    go.await();
                    try {
                        return task.call();
                    } catch (ImportRefusedException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : running) {
                outcomes.add(f.get(2, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}

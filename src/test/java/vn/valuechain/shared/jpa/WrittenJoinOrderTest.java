package vn.valuechain.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.IntegrationTest;

/** The written join order holds for the query given and for nothing after it in the same transaction. */
class WrittenJoinOrderTest extends IntegrationTest {

    @Autowired
    WrittenJoinOrder joinsAsWritten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theQueryRunsWithJoinsAsWrittenAndTheTransactionGoesOnWithTheDefault() {
        String[] seen = transaction.execute(
                status -> new String[] {joinsAsWritten.run(this::joinCollapseLimit), joinCollapseLimit()});
        assertThat(seen).containsExactly("1", "8");
    }

    @Test
    void theDefaultIsBackAfterAFailedQuery() {
        String after = transaction.execute(status -> {
            assertThatThrownBy(() -> joinsAsWritten.run(() -> {
                        throw new IllegalStateException("the query failed");
                    }))
                    .hasMessage("the query failed");
            return joinCollapseLimit();
        });
        assertThat(after).isEqualTo("8");
    }

    @Test
    void aFailedStatementIsReportedAsItself() {
        // The transaction is aborted then, so resetting the setting fails as well; that failure must not hide this one.
        transaction.executeWithoutResult(status -> assertThatThrownBy(() -> joinsAsWritten.run(
                        () -> jdbc.sql("select 1 / 0").query(Integer.class).single()))
                .hasMessageContaining("division by zero"));
    }

    @Test
    void onlyInsideATransaction() {
        // Outside one, "set local" would warn and do nothing.
        assertThatThrownBy(() -> joinsAsWritten.run(this::joinCollapseLimit))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    private String joinCollapseLimit() {
        return jdbc.sql("show join_collapse_limit").query(String.class).single();
    }
}

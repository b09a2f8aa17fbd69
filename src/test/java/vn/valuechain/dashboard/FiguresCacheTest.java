package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.StatementCounter;

/**
 * The province's figures are computed once and served again until a committed change to the records behind them;
 * the change shows at once, also to a server that did not make it (the generation lives in the database).
 */
@Import(StatementCounter.class)
@OwnDatabase
class FiguresCacheTest extends IntegrationTest {

    private static final IndicatorFilter TODAY =
            new IndicatorFilter(LocalDate.of(2026, 12, 6), UnitScope.ALL, null, null);

    @Autowired
    IndicatorService indicators;

    @Autowired
    StatementCounter statements;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeCooperatives() {
        tx.executeWithoutResult(s -> jdbc.sql("delete from cooperative where name like 'HTX Bộ nhớ đệm%'")
                .update());
    }

    @Test
    void servesTheSameFiguresWithOneStatementUntilACommittedChange() {
        long before = indicators.summary(TODAY).cooperatives();

        long counted = statements.count();
        Summary again = indicators.summary(TODAY);
        assertThat(statements.count() - counted)
                .as("only the generation is read")
                .isEqualTo(1);
        assertThat(again.cooperatives()).isEqualTo(before);

        addCooperative("HTX Bộ nhớ đệm Một");
        assertThat(indicators.summary(TODAY).cooperatives()).isEqualTo(before + 1);

        // A change made by SQL, as another server or a database tool would make it, counts the same.
        tx.executeWithoutResult(s -> jdbc.sql("update cooperative set type = 'THT' where name = 'HTX Bộ nhớ đệm Một'")
                .update());
        assertThat(indicators.summary(TODAY).cooperatives()).isEqualTo(before);
    }

    @Test
    void theDashboardsFiguresReadTheGenerationOncePerTransaction() {
        long before = indicators.figures(TODAY, TODAY).summary().cooperatives();

        long counted = statements.count();
        IndicatorService.Figures again = indicators.figures(TODAY, TODAY);
        assertThat(statements.count() - counted)
                .as("one read of the generation serves the summary, the two tables and the province's summary")
                .isEqualTo(1);
        assertThat(again.byUnit()).isNotNull();
        assertThat(again.province().cooperatives()).isEqualTo(before);

        addCooperative("HTX Bộ nhớ đệm Ba");
        IndicatorService.Figures after = indicators.figures(TODAY, TODAY);
        assertThat(after.summary().cooperatives()).isEqualTo(before + 1);
        assertThat(after.province().cooperatives()).isEqualTo(before + 1);
    }

    @Test
    void aTransactionThatWroteSeesItsOwnChangeAndCachesNothing() {
        long before = indicators.summary(TODAY).cooperatives();

        long inside = tx.execute(s -> {
            em.persist(new Cooperative(CooperativeType.HTX, "HTX Bộ nhớ đệm Hai", CooperativeStatus.EXISTING));
            em.flush();
            long seen = indicators.summary(TODAY).cooperatives();
            s.setRollbackOnly();
            return seen;
        });

        assertThat(inside).isEqualTo(before + 1);
        assertThat(indicators.summary(TODAY).cooperatives())
                .as("the rolled-back cooperative is in no cached figure")
                .isEqualTo(before);
    }

    @Test
    void eachFilterHasItsOwnFigures() {
        IndicatorFilter lastYear = new IndicatorFilter(LocalDate.of(2025, 12, 31), UnitScope.ALL, null, null);
        indicators.summary(TODAY);
        indicators.byUnit(TODAY);

        long counted = statements.count();
        indicators.summary(lastYear);
        assertThat(statements.count() - counted)
                .as("another date is computed, not served")
                .isGreaterThan(1);

        counted = statements.count();
        indicators.byUnit(TODAY);
        indicators.byProduct(TODAY);
        assertThat(statements.count() - counted)
                .as("the unit table is served; the product table is computed")
                .isEqualTo(3);
    }

    private void addCooperative(String name) {
        tx.executeWithoutResult(
                s -> em.persist(new Cooperative(CooperativeType.HTX, name, CooperativeStatus.EXISTING)));
    }
}

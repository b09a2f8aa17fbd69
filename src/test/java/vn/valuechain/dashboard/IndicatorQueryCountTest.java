package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.shared.table.RowWriter;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.StatementCounter;

/** The dashboard's figures take the same number of queries for 1 chain as for 500. */
@Transactional
@Import(StatementCounter.class)
class IndicatorQueryCountTest extends IntegrationTest {

    @Autowired
    IndicatorService indicators;

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFixedNumberOfQueriesHoweverManyChains() {
        long planOfOne = plan("1/KH-TEST", 1);
        long planOfMany = plan("500/KH-TEST", 500);

        long one = queriesFor(planOfOne);
        long many = queriesFor(planOfMany);

        assertThat(indicators.summary(filter(planOfMany)).chains()).isEqualTo(500);
        assertThat(many).isEqualTo(one);
        assertThat(one)
                .as("summary 3, by product 1, by unit 1, a page of chains and their count 1, and for each of the"
                        + " three cached figures the generation they were computed at (FiguresCache)")
                .isEqualTo(9);
    }

    /**
     * An export of the chains behind a figure reads them all in one statement, in the pages' order: read page by
     * page, each page computed every chain's figures again.
     */
    @Test
    void everyChainOfAnExportInOneStatement() {
        long planId = plan("60/KH-TEST", 60);
        List<List<?>> rows = new ArrayList<>();
        long[] total = {-1};
        RowWriter out = new RowWriter() {
            @Override
            public void total(long n) {
                total[0] = n;
            }

            @Override
            public void row(List<?> cells) {
                rows.add(cells);
            }
        };

        long statements = counted(() -> {
            indicators.forEachChain(filter(planId), "offtake", true, out, c -> List.of(c.name(), c.met()));
            return null;
        });

        assertThat(statements).isEqualTo(1);
        assertThat(total[0]).isEqualTo(60);
        assertThat(rows).hasSize(60);
        assertThat(rows.get(0).get(0)).isEqualTo("Chuỗi 60/KH-TEST số 1");
        assertThat(rows.get(1).get(0)).isEqualTo("Chuỗi 60/KH-TEST số 10");
        assertThat(indicators
                        .chains(filter(planId), "offtake", true, PageRequest.of(2, 25))
                        .getContent())
                .extracting(ChainScore::name)
                .as("the last page of 25, in the export's order")
                .containsExactlyElementsOf(rows.subList(50, 60).stream()
                        .map(r -> (String) r.get(0))
                        .toList());
    }

    /** Each page counts the rows in its own statement; past the last one the count is read from the first row. */
    @Test
    void aPageCountsItsRowsAndOnePastTheLastIsEmpty() {
        long planId = plan("3/KH-TEST", 3);
        var page = indicators.chains(filter(planId), "all", true, PageRequest.of(2, 2));
        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalElements())
                .as("the total, still shown under the empty page")
                .isEqualTo(3);
        assertThat(indicators
                        .chains(filter(planId), "all", true, PageRequest.of(1, 2))
                        .getTotalElements())
                .isEqualTo(3);
    }

    private long queriesFor(long planId) {
        IndicatorFilter f = filter(planId);
        return counted(() -> {
            indicators.summary(f);
            indicators.byProduct(f);
            indicators.byUnit(f);
            return indicators.chains(f, "certified", false, PageRequest.of(0, 20));
        });
    }

    private long counted(Supplier<?> work) {
        long before = counter.count();
        work.get();
        return counter.count() - before;
    }

    private static IndicatorFilter filter(long planId) {
        return new IndicatorFilter(LocalDate.of(2026, 6, 15), UnitScope.ALL, null, planId);
    }

    /** A plan with n chains, each with a cooperative producing, a contract and a delivery. */
    private long plan(String number, int n) {
        long planId = jdbc.sql("insert into plan (document_number, title) values (:n, 'Kế hoạch thử') returning id")
                .param("n", number)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into chain (name, product_id, plan_id, status, output_unit, planned_output)
                select 'Chuỗi ' || :n || ' số ' || g, (select min(id) from product), :plan, 'ACTIVE', 'TAN', 100
                from generate_series(1, :count) g
                """).param("n", number).param("plan", planId).param("count", n).update();
        jdbc.sql(
                        "insert into chain_required_stage (chain_id, stage) select id, 'PRODUCTION' from chain where plan_id = :plan")
                .param("plan", planId)
                .update();
        jdbc.sql("""
                insert into cooperative (type, name, status) select 'HTX', 'HTX của ' || name, 'EXISTING'
                from chain where plan_id = :plan
                """).param("plan", planId).update();
        jdbc.sql("""
                insert into chain_participant (chain_id, party_kind, cooperative_id, role)
                select c.id, 'COOPERATIVE', co.id, 'PRODUCER' from chain c join cooperative co on co.name = 'HTX của ' || c.name
                where c.plan_id = :plan
                """).param("plan", planId).update();
        jdbc.sql("""
                insert into linkage_contract (type, chain_id, seller_kind, seller_cooperative_id, buyer_kind,
                                              buyer_households_name, status, start_on, volume, volume_unit)
                select 'OFFTAKE', cp.chain_id, 'COOPERATIVE', cp.cooperative_id, 'HOUSEHOLDS', 'Thương lái',
                       'SIGNED', date '2026-01-01', 40, 'TAN'
                from chain_participant cp join chain c on c.id = cp.chain_id where c.plan_id = :plan
                """).param("plan", planId).update();
        jdbc.sql("""
                insert into contract_delivery (contract_id, delivered_on, volume)
                select k.id, date '2026-03-01', 10 from linkage_contract k join chain c on c.id = k.chain_id
                where c.plan_id = :plan
                """).param("plan", planId).update();
        return planId;
    }
}

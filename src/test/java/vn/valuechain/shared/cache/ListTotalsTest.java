package vn.valuechain.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.ChainFilter;
import vn.valuechain.chain.ChainService;
import vn.valuechain.chain.ChainStatus;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractService;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.cooperative.CooperativeFilter;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.StatementCounter;

/**
 * The registries' lists count their records once per filter and serve the total again until a committed change to
 * the records; a change made by SQL (another server, a database tool) shows at once, and a transaction that has
 * written sees its own records.
 */
@Import(StatementCounter.class)
@OwnDatabase
class ListTotalsTest extends IntegrationTest {

    /** One row a page, so that every page needs the list's total. */
    private static final Pageable ONE = PageRequest.of(0, 1);

    @Autowired
    ContractService contracts;

    @Autowired
    CertificationService certifications;

    @Autowired
    CooperativeService cooperatives;

    @Autowired
    ChainService chains;

    @Autowired
    StatementCounter statements;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void contracts() {
        check(
                () -> contracts.list(ContractFilter.none(), ONE, null),
                () -> contracts.list(
                        new ContractFilter(
                                null,
                                null,
                                ContractStatus.SIGNED,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        ONE,
                        null),
                """
                insert into linkage_contract (type, number, seller_kind, seller_households_name, buyer_kind,
                                              buyer_households_name, status)
                values ('OFFTAKE', 'HĐ-TỔNG-' || :n, 'HOUSEHOLDS', 'Tổ hộ bán', 'HOUSEHOLDS', 'Tổ hộ mua', 'SIGNED')""");
    }

    @Test
    void certifications() {
        check(
                () -> certifications.list(CertificationFilter.none(), ONE, null),
                () -> certifications.list(
                        new CertificationFilter(
                                null, CertificationType.VIETGAP, null, null, null, null, null, null, null, null, null),
                        ONE,
                        null),
                """
                insert into certification (type, number, holder_kind, holder_households_name, status)
                values ('VIETGAP', 'VG-TỔNG-' || :n, 'HOUSEHOLDS', 'Tổ hộ', 'VALID')""");
    }

    @Test
    void cooperatives() {
        check(
                () -> cooperatives.list(new CooperativeFilter(null, null, null, null, null, null), ONE, null),
                () -> cooperatives.list(
                        new CooperativeFilter(null, CooperativeType.HTX, null, null, null, null), ONE, null),
                "insert into cooperative (type, name, status) values ('HTX', 'HTX Tổng số ' || :n, 'EXISTING')");
    }

    @Test
    void chains() {
        check(
                () -> chains.list(new ChainFilter(null, null, null, null, null, null), ONE, null),
                () -> chains.list(new ChainFilter(null, null, ChainStatus.ACTIVE, null, null, null), ONE, null),
                """
                insert into chain (name, product_id, status)
                values ('Chuỗi tổng số ' || :n, (select min(id) from product), 'ACTIVE')""");
    }

    private void check(Supplier<Page<?>> all, Supplier<Page<?>> filtered, String insert) {
        String suffix = String.valueOf(System.nanoTime());
        tx.executeWithoutResult(s -> {
            add(insert, suffix + "-1");
            add(insert, suffix + "-2");
        });
        long before = all.get().getTotalElements();
        assertThat(before).isGreaterThanOrEqualTo(2);

        statements.takeSql();
        assertThat(all.get().getTotalElements()).isEqualTo(before);
        assertThat(counts(statements.takeSql()))
                .as("the total is served, not counted again")
                .isEmpty();

        filtered.get();
        assertThat(counts(statements.takeSql()))
                .as("another filter has a total of its own")
                .hasSize(1);

        tx.executeWithoutResult(s -> add(insert, suffix + "-3"));
        assertThat(all.get().getTotalElements()).isEqualTo(before + 1);

        long inside = tx.execute(s -> {
            add(insert, suffix + "-4");
            long seen = all.get().getTotalElements();
            s.setRollbackOnly();
            return seen;
        });
        assertThat(inside).as("a transaction that wrote counts its own records").isEqualTo(before + 2);
        assertThat(all.get().getTotalElements())
                .as("the rolled-back record is in no kept total")
                .isEqualTo(before + 1);
    }

    private void add(String insert, String n) {
        jdbc.sql(insert).param("n", n).update();
    }

    private static List<String> counts(List<String> sql) {
        return sql.stream().filter(s -> s.startsWith("select count(")).toList();
    }
}

package vn.valuechain.demo;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test helper: a database without plans, chains or cooperatives, for the current (rolled-back) transaction only. */
final class DemoDataTables {

    private DemoDataTables() {}

    /**
     * PostgreSQL's TRUNCATE is transactional: rolled back with the test, it removes for the test alone what other
     * tests committed, and with everything that refers to it (sections, items, participants, contracts...).
     */
    static void empty(JdbcClient jdbc) {
        jdbc.sql("truncate plan, chain, cooperative cascade").update();
    }
}

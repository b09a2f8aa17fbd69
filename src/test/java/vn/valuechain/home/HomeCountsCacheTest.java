package vn.valuechain.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.home.HomeService.Counts;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;

/**
 * The home page's counts are served again until a committed change to a record they count,
 * action items and the units that place them included (V109); a unit's counts are kept apart from the province's.
 */
@OwnDatabase
class HomeCountsCacheTest extends IntegrationTest {

    @Autowired
    HomeService home;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @AfterEach
    void removeRecords() {
        commit("delete from action_item where content = 'Nhiệm vụ đếm trang chủ'");
        commit("delete from plan where document_number = 'KH-TRANG-CHU'");
        commit("delete from cooperative where name = 'HTX Đếm trang chủ'");
    }

    @Test
    void theProvinceCountsAreServedUntilACommittedChange() {
        Counts before = home.counts(null);

        assertThat(home.counts(null)).as("served, not counted again").isSameAs(before);

        commit("insert into cooperative (type, name, status) values ('HTX', 'HTX Đếm trang chủ', 'EXISTING')");
        assertThat(home.counts(null).cooperatives()).isEqualTo(before.cooperatives() + 1);

        addItem();
        assertThat(home.counts(null).actionItems()).isEqualTo(before.actionItems() + 1);
    }

    @Test
    void aUnitsCountsFollowTheUnitsAndAgenciesOfItsItems() {
        TestData.Province p = tx.execute(s -> data.province());
        long unit = p.moCayNam().getId();
        long item = addItem();
        Counts before = home.counts(unit);
        assertThat(home.counts(unit)).isSameAs(before);
        long province = home.counts(null).actionItems();

        commit("insert into action_item_unit (action_item_id, administrative_unit_id) values (" + item + ", "
                + p.dinhThuy().getId() + ")");
        assertThat(home.counts(unit).actionItems()).isEqualTo(before.actionItems() + 1);
        assertThat(home.counts(null).actionItems()).isEqualTo(province);

        commit("delete from action_item_unit where action_item_id = " + item);
        assertThat(home.counts(unit)).isEqualTo(before);

        commit("insert into action_item_agency (action_item_id, role, administrative_unit_id, written_as, sort_order)"
                + " values (" + item + ", 'LEAD', " + unit + ", 'UBND huyện Mỏ Cày Nam', 0)");
        assertThat(home.counts(unit).actionItems()).isEqualTo(before.actionItems() + 1);
    }

    /** An action item of a plan of its own, committed; placed in no unit. */
    private long addItem() {
        return tx.execute(s -> {
            long plan = jdbc.sql("insert into plan (document_number, title) values ('KH-TRANG-CHU', 'Kế hoạch')"
                            + " returning id")
                    .query(Long.class)
                    .single();
            long section = jdbc.sql("insert into plan_section (plan_id, code, title, sort_order)"
                            + " values (:plan, 'I', 'Phần', 0) returning id")
                    .param("plan", plan)
                    .query(Long.class)
                    .single();
            return jdbc.sql("insert into action_item (plan_id, section_id, ordinal, sort_order, content)"
                            + " values (:plan, :section, '1', 1, 'Nhiệm vụ đếm trang chủ') returning id")
                    .param("plan", plan)
                    .param("section", section)
                    .query(Long.class)
                    .single();
        });
    }

    private void commit(String sql) {
        tx.executeWithoutResult(s -> jdbc.sql(sql).update());
    }
}

package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The list pages and the home page prepare as many SQL statements with 130 records of each kind as with 55: no
 * statement per row shown, whatever the data (both more than a page of 50, so both pages count their total).
 */
@Import(StatementCounter.class)
class ListPagesQueryCountTest extends WebTest {

    /** Path and who opens it. */
    static final List<String[]> PAGES = List.of(
            new String[] {"/", "t-staff"},
            new String[] {"/cooperatives", "t-staff"},
            new String[] {"/cooperatives?q=hop+tac+xa+dem", "t-staff"},
            new String[] {"/enterprises", "t-staff"},
            new String[] {"/enterprises?q=cong+ty+dem", "t-staff"},
            new String[] {"/chains", "t-staff"},
            new String[] {"/chains?q=chuoi+dem", "t-staff"},
            new String[] {"/contracts", "t-staff"},
            new String[] {"/contracts?q=HD-DEM", "t-staff"},
            new String[] {"/certifications", "t-staff"},
            new String[] {"/certifications?q=VG-DEM", "t-staff"},
            new String[] {"/plans", "t-staff"},
            new String[] {"/progress-reports", "t-staff"},
            new String[] {"/my-items", "t-district"},
            new String[] {"/login", null});

    @Autowired
    StatementCounter counter;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageTakesAsManyStatementsFor130RecordsOfEachKindAsFor55() throws Exception {
        Province p = data.provinceWithUsers();
        long plan = jdbc.sql("insert into plan (document_number, title, province_id) values ('DEM/KH', 'Kế hoạch đếm', "
                        + ":province) returning id")
                .param("province", p.benTre().getId())
                .query(Long.class)
                .single();
        add(p, plan, 0, 55);
        Map<String, Long> few = counts();
        add(p, plan, 55, 130);
        Map<String, Long> many = counts();

        assertThat(jdbc.sql("select count(*) from cooperative where name like 'Hợp tác xã đếm %'")
                        .query(Long.class)
                        .single())
                .isEqualTo(130);
        assertThat(many).isEqualTo(few);
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] page : PAGES) {
            var request = get(page[0]);
            if (page[1] != null) {
                request.with(as(page[1]));
            }
            mvc.perform(request).andExpect(status().isOk()); // warm: caches, first look-ups
            long before = counter.count();
            mvc.perform(request).andExpect(status().isOk());
            counts.put(page[0], counter.count() - before);
        }
        return counts;
    }

    /** Records numbered from+1 to upTo of each kind, in Định Thủy (the DISTRICT user's commune). */
    private void add(Province p, long plan, int from, int upTo) {
        Map<String, Object> params = Map.of("unit", p.dinhThuy().getId(), "plan", plan, "from", from + 1, "to", upTo);
        for (String sql : List.of("""
                insert into cooperative (type, name, status, administrative_unit_id, product_id)
                select 'HTX', 'Hợp tác xã đếm ' || g, 'EXISTING', :unit, (select min(id) from product)
                from generate_series(:from, :to) g""", """
                insert into enterprise (name, administrative_unit_id) select 'Công ty đếm ' || g, :unit
                from generate_series(:from, :to) g""", """
                insert into chain (name, product_id, status, plan_id)
                select 'Chuỗi đếm ' || g, (select min(id) from product), 'ACTIVE', :plan
                from generate_series(:from, :to) g""", """
                insert into chain_unit (chain_id, administrative_unit_id)
                select id, :unit from chain where name like 'Chuỗi đếm %' and id not in (select chain_id from chain_unit)""", """
                insert into chain_participant (chain_id, party_kind, cooperative_id, role, lead)
                select c.id, 'COOPERATIVE', co.id, 'PRODUCER', true
                from chain c join cooperative co on co.name = 'Hợp tác xã đếm ' || substr(c.name, 11)
                where c.name like 'Chuỗi đếm %' and not exists (select 1 from chain_participant x where x.chain_id = c.id)""", """
                insert into chain_participant (chain_id, party_kind, enterprise_id, role)
                select c.id, 'ENTERPRISE', e.id, 'BUYER'
                from chain c join enterprise e on e.name = 'Công ty đếm ' || substr(c.name, 11)
                where c.name like 'Chuỗi đếm %' and not exists (
                    select 1 from chain_participant x where x.chain_id = c.id and x.party_kind = 'ENTERPRISE')""", """
                insert into linkage_contract (type, number, chain_id, seller_kind, seller_cooperative_id, buyer_kind,
                                              buyer_enterprise_id, status, start_on, volume, volume_unit)
                select 'OFFTAKE', 'HĐ-ĐẾM-' || g, c.id, 'COOPERATIVE', co.id, 'ENTERPRISE', e.id, 'SIGNED',
                       date '2026-01-01', 10, 'TAN'
                from generate_series(:from, :to) g
                join chain c on c.name = 'Chuỗi đếm ' || g
                join cooperative co on co.name = 'Hợp tác xã đếm ' || g
                join enterprise e on e.name = 'Công ty đếm ' || g""", """
                insert into contract_delivery (contract_id, delivered_on, volume)
                select id, date '2026-02-01', 2 from linkage_contract where number like 'HĐ-ĐẾM-%'
                  and id not in (select contract_id from contract_delivery)""", """
                insert into certification (type, number, holder_kind, holder_cooperative_id, product_id, status,
                                           valid_from, valid_to)
                select 'VIETGAP', 'VG-ĐẾM-' || g, 'COOPERATIVE', co.id, co.product_id, 'VALID', date '2026-01-01',
                       date '2028-12-31'
                from generate_series(:from, :to) g join cooperative co on co.name = 'Hợp tác xã đếm ' || g""", """
                insert into plan_section (plan_id, code, title, sort_order)
                select :plan, 'S' || g, 'Nhóm ' || g, g from generate_series(:from, :to) g""", """
                insert into action_item (plan_id, section_id, ordinal, sort_order, content)
                select :plan, s.id, '1', 1, 'Nhiệm vụ đếm ' || s.code from plan_section s
                where s.plan_id = :plan and not exists (select 1 from action_item a where a.section_id = s.id)""", """
                insert into action_item_unit (action_item_id, administrative_unit_id)
                select id, :unit from action_item where plan_id = :plan
                  and id not in (select action_item_id from action_item_unit)""", """
                insert into target (action_item_id, indicator, value, unit)
                select a.id, t, 10, 'ha' from action_item a cross join unnest(array['Diện tích', 'Số hộ']) t
                where a.plan_id = :plan and a.id not in (select action_item_id from target)""", """
                insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                             period_number, status, percent_complete, submitted_at, submitted_by)
                select a.id, :unit, 'HALF_YEAR', 2026, 1, 'SUBMITTED', 50, now(), 't-district'
                from action_item a where a.plan_id = :plan
                  and a.id not in (select action_item_id from progress_report)""", """
                insert into progress_report_value (progress_report_id, target_id, actual_value)
                select r.id, t.id, 5 from progress_report r join target t on t.action_item_id = r.action_item_id
                where r.id not in (select progress_report_id from progress_report_value)""")) {
            var statement = jdbc.sql(sql);
            for (var e : params.entrySet()) {
                if (sql.contains(":" + e.getKey())) {
                    statement = statement.param(e.getKey(), e.getValue());
                }
            }
            statement.update();
        }
    }
}

package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.Plan;
import vn.valuechain.plan.PlanSection;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.ReadSheet;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.Exported;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * One plan whose items exercise each progress rule of domain.md, judged on 01/07/2019 (day 182 of 365 of 2019: 49.9%
 * of "Năm 2019" passed), and every place that shows their statuses: the plan page, the item list and its export, the
 * list filtered by status, the counts per agency and their export, the summary workbook and the item page. All read
 * vco_item_status; each must give the figures worked out here by hand.
 */
class ProgressFiguresAgreeTest extends WebTest {

    static final String ON = "01/07/2019";

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    Province p;
    Plan plan;
    PlanSection section;
    final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        plan = plans.save(new PlanData(
                null,
                0,
                "12/KH-TD",
                LocalDate.of(2018, 1, 10),
                "Kế hoạch thử tiến độ",
                "UBND tỉnh",
                2018,
                2020,
                p.benTre().getId(),
                null));
        section = plans.addSection(plan.getId(), new SectionData("I", "Các hoạt động chung", null));
        // 1: targets 10 and 5, the Q2 report reaches the first only: (100% + 0%) ÷ 2 = 50%, 0.1 point ahead: in
        //    progress (counting only reported targets it would be 100% and done).
        long[] t = item("1", "Năm 2019", "10", "5");
        report(t, "QUARTER", 2019, 2, "ACCEPTED", "10");
        // 2: target 10 reached by the Q3 report, whose period ends 30/09, after the day: 0%, 49.9 points behind: at
        //    risk (counting it before its period ended, done).
        t = item("2", "Năm 2019", "10");
        report(t, "QUARTER", 2019, 3, "ACCEPTED", "10");
        // 3: 46 of 100: 3.9 points behind, not more than 5: in progress (at risk as soon as it trailed at all).
        t = item("3", "Năm 2019", "100");
        report(t, "QUARTER", 2019, 2, "ACCEPTED", "46");
        // 4: "Năm 2018", 10 of 10 by the Q4/2018 report: done.
        t = item("4", "Năm 2018", "10");
        report(t, "QUARTER", 2018, 4, "ACCEPTED", "10");
        // 5: "Năm 2018", nobody reported: 0%, ended 31/12/2018: overdue.
        item("5", "Năm 2018", "10");
        // 6: 10 of 10 in a report sent but not accepted: 0%, at risk (counting it, done).
        t = item("6", "Năm 2019", "10");
        report(t, "QUARTER", 2019, 1, "SUBMITTED", "10");
        em.flush();
    }

    @Test
    void everyPageAndFileGivesTheSameStatusesAndShares() throws Exception {
        // The plan page's counts.
        String planPage = page(get("/plans/{id}", plan.getId()).param("on", ON), "t-staff");
        assertThat(planPage)
                .contains("Đang thực hiện: 2", "Có nguy cơ chậm: 2", "Quá hạn: 1", "Hoàn thành: 1")
                .doesNotContain("Chưa bắt đầu: ", "Chưa rõ thời gian: ");

        // The item list as a file: each item's status and share achieved.
        Exported list = Exported.xlsx(file(
                get("/action-items")
                        .param("plan", plan.getId().toString())
                        .param("on", ON)
                        .param("format", "xlsx"),
                "t-staff"));
        List<String> lines = new ArrayList<>();
        for (ReadRow r : list.rows()) {
            lines.add(r.cell(2).text() + "|" + r.cell(10).text() + "|"
                    + r.cell(11).number().stripTrailingZeros().toPlainString());
        }
        assertThat(lines)
                .containsExactly(
                        "1|Đang thực hiện|0.5",
                        "2|Có nguy cơ chậm|0",
                        "3|Đang thực hiện|0.46",
                        "4|Hoàn thành|1",
                        "5|Quá hạn|0",
                        "6|Có nguy cơ chậm|0");

        // The list filtered by status, in SQL: items 2 and 6 at risk.
        String atRisk = page(
                get("/action-items")
                        .param("plan", plan.getId().toString())
                        .param("status", "AT_RISK")
                        .param("on", ON),
                "t-staff");
        for (var e : ids.entrySet()) {
            boolean expected = e.getKey().equals("2") || e.getKey().equals("6");
            assertThat(atRisk.contains("id=\"item-" + e.getValue() + "\""))
                    .as("item %s among those at risk", e.getKey())
                    .isEqualTo(expected);
        }

        // Per lead agency, on the page's file (the district official of Mỏ Cày Nam, which every item names) and in the
        // summary workbook: 6 items, 0 not started, 2 in progress, 2 at risk, 1 overdue, 1 done, 0 unknown.
        Exported byAgency = Exported.xlsx(
                file(get("/action-items/by-agency").param("on", ON).param("format", "xlsx"), "t-district"));
        assertThat(line(byAgency.row("Sở Công Thương"))).isEqualTo("Sở Công Thương|6|0|2|2|1|1|0");
        List<ReadSheet> summary = TableReader.read(
                        "x.xlsx",
                        file(
                                get("/reports/summary.xlsx")
                                        .param("date", ON)
                                        .param("unit", p.benTre().getId().toString()),
                                "t-staff"),
                        TableReader.Limits.DEFAULT)
                .sheets();
        ReadSheet byLead = summary.get(4);
        // Done: 1 of 6 = 16.7%.
        assertThat(byLead.rows().subList(5, byLead.rows().size()).stream()
                        .map(ProgressFiguresAgreeTest::line)
                        .toList())
                .containsExactly("Sở Công Thương|6|0|2|2|1|1|0|0.167");

        // The item pages say the same, and why.
        assertThat(page(get("/action-items/{id}", ids.get("1")).param("on", ON), "t-staff"))
                .contains("Đã qua 50% thời gian thực hiện (01/01/2019 – 31/12/2019), đã đạt 50%.")
                .contains("(100% + 0%) ÷ 2 = 50%");
        assertThat(page(get("/action-items/{id}", ids.get("2")).param("on", ON), "t-staff"))
                .contains("nhưng mới đạt 0%: chậm 49,9 điểm phần trăm, quá 5 điểm.")
                .contains("không tính 1 báo cáo được chấp nhận của kỳ kết thúc sau ngày đó");
    }

    /** An item of the plan led by Sở Công Thương, naming Mỏ Cày Nam, with targets of the values given; their ids. */
    private long[] item(String ordinal, String timeframe, String... targets) {
        long id = items.save(new ItemData(
                        null,
                        0,
                        plan.getId(),
                        section.getId(),
                        ordinal,
                        "Nhiệm vụ thử " + ordinal,
                        null,
                        null,
                        timeframe,
                        "Sở Công Thương",
                        "UBND huyện Mỏ Cày Nam",
                        null,
                        null))
                .getId();
        ids.put(ordinal, id);
        List<TargetData> wanted = new ArrayList<>();
        for (String value : targets) {
            wanted.add(new TargetData(null, "Chỉ tiêu " + (wanted.size() + 1), new BigDecimal(value), "HTX", 2019));
        }
        items.saveTargets(id, items.data(id).version(), wanted);
        em.flush();
        long[] result = new long[targets.length + 1];
        result[0] = id;
        List<Long> targetIds = jdbc.sql("select id from target where action_item_id = :id order by id")
                .param("id", id)
                .query(Long.class)
                .list();
        for (int i = 0; i < targetIds.size(); i++) {
            result[i + 1] = targetIds.get(i);
        }
        return result;
    }

    /** Mỏ Cày Nam's report on the item (item[0]) giving the amount against its first target (item[1]). */
    private void report(long[] item, String type, int year, int number, String status, String amount) {
        long report = jdbc.sql("""
                        insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                                     period_number, status)
                        values (:item, :unit, :type, :year, :number, :status) returning id
                        """)
                .param("item", item[0])
                .param("unit", p.moCayNam().getId())
                .param("type", type)
                .param("year", year)
                .param("number", number)
                .param("status", status)
                .query(Long.class)
                .single();
        jdbc.sql("insert into progress_report_value (progress_report_id, target_id, actual_value)"
                        + " values (:report, :target, :amount)")
                .param("report", report)
                .param("target", item[1])
                .param("amount", new BigDecimal(amount))
                .update();
    }

    private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private byte[] file(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String line(ReadRow row) {
        return String.join(
                "|",
                row.cells().stream()
                        .map(c -> c.number() != null
                                ? c.number().stripTrailingZeros().toPlainString()
                                : c.text())
                        .toList());
    }
}

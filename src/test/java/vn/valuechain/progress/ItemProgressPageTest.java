package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.support.WebTest;

/**
 * The item page says how its status was worked out, in domain.md's terms: which reports counted, each target's
 * achieved amount and share, their mean, the time passed, and the rule. Figures worked out by hand.
 */
class ItemProgressPageTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ItemProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    PlanFixtures f;
    long item;
    List<Long> targets;

    /**
     * "Năm 2019", targets 10 HTX, 50 ha and 0 lớp. Mỏ Cày Nam's reports: Q1 submitted (5 HTX, not accepted), Q2
     * accepted (4 HTX, 50 ha), Q3 accepted (6 HTX).
     */
    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
        item = items.save(new ItemData(
                        null,
                        0,
                        f.plan.getId(),
                        f.common.getId(),
                        "9",
                        "Thành lập HTX, mở rộng vùng trồng",
                        null,
                        null,
                        "Năm 2019",
                        "Sở Công Thương",
                        "UBND huyện Mỏ Cày Nam",
                        null,
                        null))
                .getId();
        items.saveTargets(
                item,
                items.data(item).version(),
                List.of(
                        new TargetData(null, "Số HTX thành lập mới", new BigDecimal("10"), "HTX", 2019),
                        new TargetData(null, "Diện tích vùng trồng", new BigDecimal("50"), "ha", 2019),
                        new TargetData(null, "Số lớp tập huấn", BigDecimal.ZERO, "lớp", 2019)));
        em.flush();
        targets = jdbc.sql("select id from target where action_item_id = :item order by id")
                .param("item", item)
                .query(Long.class)
                .list();
        report(1, "SUBMITTED", "5", null);
        report(2, "ACCEPTED", "4", "50");
        report(3, "ACCEPTED", "6", null);
    }

    @Test
    void theItemPageSaysWhichReportsTargetsAndSharesMadeItsStatus() throws Exception {
        // On 1/7/2019 only Q2 counts (Q3 ends 30/9): HTX 4/10 = 40%, area 50/50 = 100%, the 0 target left out;
        // (40% + 100%) ÷ 2 = 70%. 1/7/2019 is day 182 of 365: 50% of the time passed, 70% achieved: in progress.
        mvc.perform(get("/action-items/{id}", item).param("on", "01/07/2019").with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Đã qua 50% thời gian thực hiện (01/01/2019 – 31/12/2019), đã đạt 70%.")))
                .andExpect(content().string(containsString("Cách tính trạng thái ngày 01/07/2019")))
                .andExpect(content()
                        .string(containsString("Tính 1 báo cáo đã được chấp nhận có kỳ báo cáo kết thúc đến ngày"
                                + " 01/07/2019; không tính 1 báo cáo được chấp nhận của kỳ kết thúc sau ngày đó"
                                + " và 1 báo cáo chưa được chấp nhận.")))
                .andExpect(content()
                        .string(containsString(
                                "Mức đạt của nhiệm vụ = trung bình mức đạt của 2 chỉ tiêu = (40% + 100%) ÷ 2 = 70%.")))
                .andExpect(content().string(containsString("Chỉ tiêu có giá trị 0 không đo được mức đạt")))
                .andExpect(content().string(containsString("Thời gian thực hiện 01/01/2019 – 31/12/2019: đã qua 50%.")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Được tính"),
                                containsString("Kỳ kết thúc sau ngày đang xem"),
                                containsString("Chưa được chấp nhận"))));
        ItemProgress.Detail detail = progress.of(item, LocalDate.of(2019, 7, 1));
        assertThat(detail.targets())
                .extracting(t -> t.achieved().stripTrailingZeros().toPlainString())
                .containsExactly("4", "50", "0");
        assertThat(detail.targets())
                .extracting(ItemProgress.TargetProgress::sharePercent)
                .containsExactly(new BigDecimal("40.0"), new BigDecimal("100.0"), null);
        assertThat(List.of(detail.counted(), detail.acceptedLater(), detail.notAccepted()))
                .containsExactly(1, 1, 1);
    }

    @Test
    void onceEveryTargetIsReachedTheItemIsDone() throws Exception {
        // On 30/9/2019 Q3 counts too: HTX 4 + 6 = 10 of 10, area 50 of 50: every target reached.
        mvc.perform(get("/action-items/{id}", item).param("on", "30/09/2019").with(as("t-staff")))
                .andExpect(content().string(containsString("Mọi chỉ tiêu đều đã đạt (100%).")))
                .andExpect(content().string(containsString("(100% + 100%) ÷ 2 = 100%")));
    }

    @Test
    void staffMarkAnItemDoneWithTheDateNotInTheFuture() throws Exception {
        long version = items.data(item).version();
        mvc.perform(edit(version)
                        .param("doneOn", LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được là ngày trong tương lai.")));
        mvc.perform(edit(version).param("doneOn", "15/08/2019")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/action-items/{id}", item).param("on", "20/08/2019").with(as("t-staff")))
                .andExpect(content().string(containsString("Cán bộ đã đánh dấu hoàn thành ngày 15/08/2019.")));
        mvc.perform(get("/action-items/{id}", item).param("on", "14/08/2019").with(as("t-staff")))
                .andExpect(content().string(not(containsString("Cán bộ đã đánh dấu hoàn thành"))));
        mvc.perform(get("/action-items/{id}/edit", item).with(as("t-staff")))
                .andExpect(content().string(containsString("value=\"15/08/2019\"")));
    }

    private MockHttpServletRequestBuilder edit(long version) {
        return post("/action-items/{id}/edit", item)
                .with(as("t-staff"))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("sectionId", f.common.getId().toString())
                .param("ordinal", "9")
                .param("content", "Thành lập HTX, mở rộng vùng trồng")
                .param("timeframeText", "Năm 2019")
                .param("lead", "Sở Công Thương")
                .param("coordinating", "UBND huyện Mỏ Cày Nam")
                .param("supporting", "");
    }

    private void report(int quarter, String status, String htx, String area) {
        long report = jdbc.sql("""
                        insert into progress_report (action_item_id, reporting_unit_id, period_type, period_year,
                                                     period_number, status)
                        values (:item, :unit, 'QUARTER', 2019, :q, :status) returning id
                        """)
                .param("item", item)
                .param("unit", f.province.moCayNam().getId())
                .param("q", quarter)
                .param("status", status)
                .query(Long.class)
                .single();
        value(report, targets.get(0), htx);
        if (area != null) {
            value(report, targets.get(1), area);
        }
    }

    private void value(long report, long target, String amount) {
        jdbc.sql("insert into progress_report_value (progress_report_id, target_id, actual_value)"
                        + " values (:report, :target, :amount)")
                .param("report", report)
                .param("target", target)
                .param("amount", new BigDecimal(amount))
                .update();
    }
}

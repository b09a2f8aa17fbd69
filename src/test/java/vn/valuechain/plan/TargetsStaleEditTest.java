package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.PlanService.PlanData;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * Two officers keep the same item's targets: Lan adds "Số THT thành lập mới" while Minh, on a page opened before,
 * adds "Số HTX thành lập mới". Minh's save is refused (409) with Lan's target shown and his own line kept; nothing of
 * Lan's is lost, and Minh's second save keeps both. Before, Minh's save silently deleted Lan's target. Runs with
 * real commits, on a plan of its own.
 */
@AutoConfigureMockMvc
@OwnDatabase
class TargetsStaleEditTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from plan where document_number = '77/KH-UBND-TS'").update();
        jdbc.sql("delete from administrative_unit where name = 'Tỉnh Thử Chỉ Tiêu'")
                .update();
        jdbc.sql("delete from app_user where username in ('ts-lan', 'ts-minh')").update();
    }

    @Test
    void aStaleSaveIsRefusedWithTheOtherPersonsTargetShownAndNothingLost() throws Exception {
        long itemId = tx.execute(s -> {
            data.user("ts-lan", Role.STAFF, null);
            data.user("ts-minh", Role.STAFF, null);
            AdministrativeUnit province = data.unit(AdministrativeLevel.PROVINCE, "97", "Tỉnh Thử Chỉ Tiêu", null);
            Plan plan = plans.save(new PlanData(
                    null,
                    0,
                    "77/KH-UBND-TS",
                    LocalDate.of(2026, 1, 5),
                    "Kế hoạch thử chỉ tiêu",
                    "UBND tỉnh",
                    2026,
                    2027,
                    province.getId(),
                    null));
            PlanSection section = plans.addSection(plan.getId(), new SectionData("I", "Các hoạt động chung", null));
            return items.save(new ItemData(
                            null,
                            0,
                            plan.getId(),
                            section.getId(),
                            "1",
                            "Phát triển tổ hợp tác và hợp tác xã",
                            null,
                            null,
                            "Năm 2026",
                            "Sở Nông nghiệp và Môi trường",
                            null,
                            null,
                            null))
                    .getId();
        });
        String targets = "/action-items/" + itemId + "/targets";
        String lansPage = page(get(targets), "ts-lan");
        String minhsPage = page(get(targets), "ts-minh");
        String version = version(minhsPage);
        assertThat(version(lansPage)).isEqualTo(version);

        mvc.perform(post(targets)
                        .with(user(users.loadUserByUsername("ts-lan")))
                        .with(csrf())
                        .param("version", version)
                        .param("lines[0].indicator", "Số THT thành lập mới")
                        .param("lines[0].value", "7")
                        .param("lines[0].unit", "THT")
                        .param("lines[0].year", "2026"))
                .andExpect(status().is3xxRedirection());

        String refused = HtmlUtils.htmlUnescape(new String(
                mvc.perform(post(targets)
                                .with(user(users.loadUserByUsername("ts-minh")))
                                .with(csrf())
                                .param("version", version)
                                .param("lines[0].indicator", "Số HTX thành lập mới")
                                .param("lines[0].value", "3")
                                .param("lines[0].unit", "HTX")
                                .param("lines[0].year", "2026"))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8));
        assertThat(refused.replaceAll("\\s+", " "))
                .contains(
                        "ts-lan đã lưu nhiệm vụ này lúc",
                        "<span>Số THT thành lập mới</span>: <span>7 THT (2026)</span>")
                // his own line is kept, and Lan's target joins the form, ticked
                .contains(">Số HTX thành lập mới</textarea>", ">Số THT thành lập mới</textarea>");
        assertThat(indicators(itemId)).containsExactly("Số THT thành lập mới");

        // Saving the page as it came back keeps both.
        String newVersion = version(refused);
        assertThat(newVersion).isNotEqualTo(version);
        Matcher lansLine =
                Pattern.compile("name=\"lines\\[(\\d)]\\.id\" value=\"(\\d+)\"").matcher(refused);
        assertThat(lansLine.find()).isTrue();
        String i = lansLine.group(1);
        mvc.perform(post(targets)
                        .with(user(users.loadUserByUsername("ts-minh")))
                        .with(csrf())
                        .param("version", newVersion)
                        .param("lines[" + i + "].id", lansLine.group(2))
                        .param("lines[" + i + "].keep", "true")
                        .param("lines[" + i + "].indicator", "Số THT thành lập mới")
                        .param("lines[" + i + "].value", "7")
                        .param("lines[" + i + "].unit", "THT")
                        .param("lines[" + i + "].year", "2026")
                        .param("lines[9].indicator", "Số HTX thành lập mới")
                        .param("lines[9].value", "3")
                        .param("lines[9].unit", "HTX")
                        .param("lines[9].year", "2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(indicators(itemId)).containsExactly("Số THT thành lập mới", "Số HTX thành lập mới");
    }

    private List<String> indicators(long itemId) {
        return jdbc.sql("select indicator from target where action_item_id = :id order by id")
                .param("id", itemId)
                .query(String.class)
                .list();
    }

    private static String version(String page) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the form carries the item's version").isTrue();
        return m.group(1);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        return new String(
                mvc.perform(request.with(user(users.loadUserByUsername(who))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }
}

package vn.valuechain.progress;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanSection;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.SectionData;
import vn.valuechain.support.WebTest;

/** The follow-up views on 1 July 2019, when the 2018 items are overdue and nothing has been reported yet. */
class ItemViewsTest extends WebTest {

    static final String ON = "01/07/2019";

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    EntityManager em;

    PlanFixtures f;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
    }

    static Stream<Arguments> pagesByRole() {
        return Stream.of("t-admin", "t-staff", "t-district", "t-viewer")
                .flatMap(user -> Stream.of(
                                "/action-items",
                                "/action-items?status=OVERDUE",
                                "/action-items?status=AT_RISK",
                                "/action-items?review=true",
                                "/action-items/by-agency",
                                "/action-items/by-chain",
                                "/action-items/timeline",
                                "/my-items")
                        .map(page -> Arguments.of(user, page)));
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("pagesByRole")
    void everyoneFollowsUpButOnlyADistrictOfficialHasItsOwnItems(String user, String page) throws Exception {
        boolean allowed = !page.equals("/my-items") || user.equals("t-district");
        mvc.perform(get(page).param("on", ON).with(as(user)))
                .andExpect(allowed ? status().isOk() : status().isForbidden());
    }

    @Test
    void overdueAndAtRiskLists() throws Exception {
        // II.1.4 ran 6/2018–12/2018: overdue. I.1 runs 2018–2025 with nothing achieved: at risk.
        mvc.perform(get("/action-items")
                        .param("status", "OVERDUE")
                        .param("on", ON)
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("Nhiệm vụ quá hạn")))
                .andExpect(content().string(containsString("id=\"item-" + f.coconutContracts.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.allDistricts.getId() + "\""))));
        mvc.perform(get("/action-items")
                        .param("status", "AT_RISK")
                        .param("on", ON)
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("id=\"item-" + f.allDistricts.getId() + "\"")))
                .andExpect(content().string(containsString("id=\"item-" + f.longanTraining.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.coconutContracts.getId() + "\""))));
        // II.1.4 names four companies the registry does not have: it waits for a person.
        mvc.perform(get("/action-items").param("review", "true").with(as("t-staff")))
                .andExpect(content().string(containsString("id=\"item-" + f.coconutContracts.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.allDistricts.getId() + "\""))));
    }

    @Test
    void aDistrictOfficialsListsHoldOnlyTheirItems() throws Exception {
        mvc.perform(get("/action-items")
                        .param("status", "AT_RISK")
                        .param("on", ON)
                        .with(as("t-district")))
                .andExpect(content().string(containsString("id=\"item-" + f.allDistricts.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.longanTraining.getId() + "\""))));
    }

    @Test
    void whatAnAgencyLeadsAndHowItIsGoing() throws Exception {
        // II.4.3 is led by "Sở Công Thương, Sở Nông nghiệp và PTNT"; on 1/7/2019 it is at risk.
        mvc.perform(get("/action-items/by-agency").param("on", ON).with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Công Thương"), containsString("Sở NN&amp;PTNT"))));
        Long soCongThuong = em.createQuery("select a.id from Agency a where a.shortName = 'Sở Công Thương'", Long.class)
                .getSingleResult();
        mvc.perform(get("/action-items")
                        .param("agency", soCongThuong.toString())
                        .param("role", "LEAD")
                        .param("on", ON)
                        .with(as("t-viewer")))
                .andExpect(content().string(containsString("id=\"item-" + f.longanTraining.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.coconutContracts.getId() + "\""))));
    }

    @Test
    void whatEachAgencyOfTodayLeads() throws Exception {
        // The same agencies as the bodies they are today; this page once failed on a parameter run into the SQL.
        mvc.perform(get("/action-items/by-agency")
                        .param("on", ON)
                        .param("today", "true")
                        .with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sở Công Thương"), containsString("Sở NN&amp;PTNT"))));
    }

    @Test
    void itemsPerChain() throws Exception {
        em.createNativeQuery("insert into product (name) values ('Dừa (thử nghiệm chuỗi)')")
                .executeUpdate();
        em.createNativeQuery("""
                        insert into chain (name, product_id, status)
                        select 'Chuỗi dừa hữu cơ Thạnh Phú', id, 'ACTIVE' from product where name = 'Dừa (thử nghiệm chuỗi)'
                        """).executeUpdate();
        Long chainId = ((Number) em.createNativeQuery("select id from chain where name = 'Chuỗi dừa hữu cơ Thạnh Phú'")
                        .getSingleResult())
                .longValue();
        PlanSection section = plans.addSection(f.plan.getId(), new SectionData("II.9", "Chuỗi dừa hữu cơ", chainId));
        ActionItem item = items.save(f.item(section, PlanFixtures.find("II.1", "3")));
        mvc.perform(get("/action-items/by-chain").param("on", ON).with(as("t-staff")))
                .andExpect(content().string(containsString("Chuỗi dừa hữu cơ Thạnh Phú")))
                .andExpect(content().string(containsString("Các hoạt động chung")));
        mvc.perform(get("/action-items").param("chain", chainId.toString()).with(as("t-staff")))
                .andExpect(content().string(containsString("id=\"item-" + item.getId() + "\"")))
                .andExpect(content().string(not(containsString("id=\"item-" + f.allDistricts.getId() + "\""))));
        // A section can only name a chain that exists.
        mvc.perform(post("/plans/{id}/sections/new", f.plan.getId())
                        .with(as("t-staff"))
                        .with(csrf())
                        .param("code", "II.10")
                        .param("title", "Chuỗi không có")
                        .param("chainId", "987654"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có chuỗi giá trị mang mã này.")));
    }

    @Test
    void aTimelineByYear() throws Exception {
        mvc.perform(get("/action-items/timeline")
                        .param("plan", f.plan.getId().toString())
                        .with(as("t-staff")))
                .andExpect(content().string(allOf(containsString(">2018<"), containsString(">2025<"))))
                .andExpect(content().string(containsString("class=\"year-bar status-")));
    }

    @ParameterizedTest(name = "every page speaks {0} without a missing message")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"vi", "en"})
    void noPageShowsAMissingMessage(String lang) throws Exception {
        String plan = "/plans/" + f.plan.getId();
        String item = "/action-items/" + f.coconutContracts.getId();
        for (String page : new String[] {
            "/plans",
            plan,
            plan + "/edit",
            plan + "/sections/new",
            "/action-items/new?plan=" + f.plan.getId(),
            item,
            item + "/edit",
            item + "/targets",
            "/action-items",
            "/action-items/by-agency",
            "/action-items/by-chain",
            "/action-items/timeline",
            "/progress-reports",
            "/notifications"
        }) {
            mvc.perform(get(page).param("lang", lang).with(as("t-staff")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        for (String page : new String[] {"/my-items", "/progress-reports/new?item=" + f.coconutContracts.getId()}) {
            mvc.perform(get(page).param("lang", lang).with(as("t-district")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
    }

    @Test
    void myItemsShowWhatIsDueThisQuarter() throws Exception {
        // Q3/2019: I.1 (2018–2025) has work and no report yet; II.1.4 ended in 2018.
        mvc.perform(get("/my-items").param("on", "15/07/2019").with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Việc của tôi")))
                .andExpect(content().string(containsString("Quý 3/2019")))
                .andExpect(content().string(containsString("/progress-reports/new?item=" + f.allDistricts.getId())))
                .andExpect(content()
                        .string(not(containsString("/progress-reports/new?item=" + f.coconutContracts.getId()))))
                .andExpect(content().string(containsString("Không có báo cáo nào bị trả lại.")));
    }
}

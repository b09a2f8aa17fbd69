package vn.valuechain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Chains through the web with the real security rules: who reads, who edits, and the stage map. */
class ChainPagesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    ChainRepository chains;

    @Autowired
    EntityManager em;

    Province p;
    Cooperative coop;
    Chain coconut;
    Chain pomelo;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        coop = registry.cooperative("Hợp tác xã dừa Định Thủy", p.dinhThuy());
        coconut = registry.chainWith(coop, "Chuỗi dừa Mỏ Cày Nam", p.moCayNam());
        pomelo = registry.chain("Chuỗi bưởi da xanh Chợ Lách", "Bưởi da xanh", p.choLach());
        em.flush();
    }

    MockHttpServletRequestBuilder saveChain(String url, String name) {
        return post(url)
                .with(csrf())
                .param("name", name)
                .param("productId", registry.product("Dừa").getId().toString())
                .param("status", "ACTIVE")
                .param("unitIds", p.moCayNam().getId().toString())
                .param("unitNames", "Huyện Mỏ Cày Nam")
                .param("requiredStages", "INPUT_SUPPLY", "PRODUCTION", "CONSUMPTION")
                .param("scaleUnit", "HA")
                .param("plannedScale", "200")
                .param("householdsPlanned", "300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleReadsChainsOfTheirReach(String user) throws Exception {
        mvc.perform(get("/chains").param("q", "dua mo cay").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chuỗi dừa Mỏ Cày Nam")));
        mvc.perform(get("/chains/{id}", coconut.getId()).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sơ đồ các khâu của chuỗi")))
                .andExpect(content().string(containsString("Hợp tác xã dừa Định Thủy")));
    }

    /** A chain with no dates said "… – …"; now a dash, and an open end only where one date is known. */
    @Test
    void emptyDateRangesAreADash() throws Exception {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/chains/{id}", coconut.getId()).with(as("t-staff")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.selectFirst("#chain-period").text()).isEqualTo("—");
        assertThat(page.text()).doesNotContain("… – …");
        coconut.setStartedOn(java.time.LocalDate.of(2024, 1, 1));
        em.flush();
        page = org.jsoup.Jsoup.parse(
                mvc.perform(get("/chains/{id}", coconut.getId()).with(as("t-staff")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(page.selectFirst("#chain-period").text()).isEqualTo("01/01/2024 – …");
    }

    @Test
    void aDistrictUserDoesNotSeeChainsOfOtherDistricts() throws Exception {
        mvc.perform(get("/chains").with(as("t-district"))).andExpect(content().string(not(containsString("Chợ Lách"))));
        mvc.perform(get("/chains/{id}", pomelo.getId()).with(as("t-district"))).andExpect(status().isNotFound());
        mvc.perform(get("/chains/{id}/edit", pomelo.getId()).with(as("t-district")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/chains/panel")
                        .param("cooperative", coop.getId().toString())
                        .with(as("t-district")))
                .andExpect(content().string(containsString("Chuỗi dừa Mỏ Cày Nam")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-district", "t-viewer"})
    void onlyAdminAndStaffChangeChains(String user) throws Exception {
        mvc.perform(get("/chains/new").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(saveChain("/chains/new", "Chuỗi mới").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/chains/{id}/delete", coconut.getId()).with(csrf()).with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff"})
    void adminAndStaffCreateAndEditChains(String user) throws Exception {
        mvc.perform(get("/chains/new").with(as(user))).andExpect(status().isOk());
        mvc.perform(saveChain("/chains/new", "Chuỗi dừa hữu cơ Phước Hiệp").with(as(user)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(saveChain("/chains/" + coconut.getId() + "/edit", "Chuỗi dừa Mỏ Cày Nam (mở rộng)")
                        .param("version", Long.toString(coconut.getVersion()))
                        .with(as(user)))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        Chain edited = chains.findDetailedById(coconut.getId()).orElseThrow();
        assertThat(edited.getName()).isEqualTo("Chuỗi dừa Mỏ Cày Nam (mở rộng)");
        assertThat(edited.getPlannedScale()).isEqualByComparingTo("200");
        assertThat(edited.getUnits()).extracting("name").containsExactly("Huyện Mỏ Cày Nam");
    }

    @Test
    void badInputGetsMessagesAtTheFields() throws Exception {
        mvc.perform(post("/chains/new")
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("name", "")
                        .param("status", "ACTIVE")
                        .param("plannedScale", "-5")
                        .param("startedOn", "01/06/2026")
                        .param("endedOn", "01/01/2026")
                        .param("budgetTotal", "100")
                        .param("budgetInputs", "80")
                        .param("budgetTraining", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống.")))
                .andExpect(content().string(containsString("Không được nhỏ hơn 0.")))
                .andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu.")))
                .andExpect(content().string(containsString("Hãy chọn ít nhất một địa bàn thực hiện.")))
                .andExpect(content().string(containsString("Hãy chọn đơn vị tính.")))
                .andExpect(content().string(containsString("Tổng các khoản kinh phí vượt quá tổng kinh phí.")));
    }

    @Test
    void participantsAreAddedAtTheirStagesAndTheLeadIsUnique() throws Exception {
        Cooperative second = registry.cooperative("Tổ hợp tác dừa Phước Hiệp", p.dinhThuy());
        em.flush();
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("kind", "COOPERATIVE")
                        .param("cooperativeId", second.getId().toString())
                        .param("role", "BUYER")
                        .param("stages", "COLLECTION", "CONSUMPTION")
                        .param("lead", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("kind", "HOUSEHOLDS")
                        .param("householdsName", "Các hộ trồng dừa ấp Phú Hữu")
                        .param("householdsCount", "85")
                        .param("role", "PRODUCER")
                        .param("stages", "PRODUCTION")
                        .param("lead", "true"))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        Chain c = chains.findDetailedById(coconut.getId()).orElseThrow();
        assertThat(c.getParticipants()).hasSize(3);
        assertThat(c.getParticipants().stream().filter(ChainParticipant::isLead))
                .extracting(cp -> cp.getParty().displayName())
                .containsExactly("Các hộ trồng dừa ấp Phú Hữu");

        mvc.perform(get("/chains/{id}", coconut.getId()).with(as("t-viewer")))
                .andExpect(content().string(containsString("85 hộ")))
                .andExpect(content().string(containsString("Chưa có thành phần tham gia")));
    }

    @Test
    void aParticipantNeedsItsPartyAndAStage() throws Exception {
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("kind", "ENTERPRISE")
                        .param("role", "BUYER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống.")))
                .andExpect(content().string(containsString("Hãy chọn ít nhất một khâu.")));
    }

    @Test
    void aParticipantIsRemoved() throws Exception {
        Long participantId = coconut.getParticipants().get(0).getId();
        mvc.perform(post("/chains/{id}/participants/{pid}/delete", coconut.getId(), participantId)
                        .with(csrf())
                        .with(as("t-admin")))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        assertThat(chains.findDetailedById(coconut.getId()).orElseThrow().getParticipants())
                .isEmpty();
    }

    @Test
    void searchFindsChainsWithoutAccents() throws Exception {
        mvc.perform(get("/chains").param("q", "chuoi dua").with(as("t-staff")))
                .andExpect(content().string(containsString("Chuỗi dừa Mỏ Cày Nam")))
                .andExpect(content().string(not(containsString("bưởi"))));
        mvc.perform(get("/chains/search").param("q", "buoi").with(as("t-staff")))
                .andExpect(content().string(containsString("Chuỗi bưởi da xanh Chợ Lách")));
    }
}

package vn.valuechain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** A party takes part in a chain once; a chain requires at least one stage, whatever the request says. */
class ChainWritesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    ChainRepository chains;

    Province p;
    Cooperative coop;
    Chain coconut;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        coop = registry.cooperative("HTX dừa Thạnh Phú Đông", p.dinhThuy());
        coconut = registry.chainWith(coop, "Chuỗi dừa Thạnh Phú Đông", p.moCayNam());
        coconut.addParticipant(
                        vn.valuechain.party.Party.ofHouseholds("Các hộ trồng dừa ấp Phú Hữu"), ParticipantRole.PRODUCER)
                .getStages()
                .add(Stage.PRODUCTION);
        em.flush();
    }

    @Test
    void aPartyAlreadyInTheChainIsRefusedAtItsField() throws Exception {
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("kind", "COOPERATIVE")
                        .param("cooperativeId", coop.getId().toString())
                        .param("cooperativeLabel", coop.getName())
                        .param("role", "BUYER")
                        .param("stages", "CONSUMPTION"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("participantForm", "cooperativeId", "participant.duplicate"))
                .andExpect(content().string(containsString("Bên này đã tham gia chuỗi")));
        // the same households, written with other capitals and spaces
        mvc.perform(post("/chains/{id}/participants", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("kind", "HOUSEHOLDS")
                        .param("householdsName", "  các hộ trồng dừa ấp Phú Hữu ")
                        .param("role", "PRODUCER")
                        .param("stages", "PRODUCTION"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "participantForm", "householdsName", "participant.duplicate"));
        em.clear();
        assertThat(chains.findDetailedById(coconut.getId()).orElseThrow().getParticipants())
                .hasSize(2);
    }

    @Test
    void aCraftedRequestWithAnEmptyStageIsRefusedAtTheField() throws Exception {
        mvc.perform(post("/chains/{id}/edit", coconut.getId())
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("version", String.valueOf(coconut.getVersion()))
                        .param("name", "Chuỗi dừa Thạnh Phú Đông")
                        .param("productId", registry.product("Dừa").getId().toString())
                        .param("status", "ACTIVE")
                        .param("unitIds", p.moCayNam().getId().toString())
                        .param("unitNames", "Huyện Mỏ Cày Nam")
                        .param("requiredStages", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "chainForm", "requiredStages", "chain.requiredStages.required"))
                .andExpect(content().string(containsString("Hãy chọn ít nhất một khâu.")));
        em.clear();
        assertThat(chains.findById(coconut.getId()).orElseThrow().getRequiredStages())
                .containsExactlyInAnyOrderElementsOf(Stage.defaultRequired());
    }
}

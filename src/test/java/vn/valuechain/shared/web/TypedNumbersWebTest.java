package vn.valuechain.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;

/**
 * A delivery typed the Vietnamese way through the real controller: "12,5" tấn is twelve and a half (not 125), and a
 * value that reads two ways is refused at the field with the typed text kept. Contract of 50 tấn with 7,5 tấn
 * delivered: adding 12,5 makes 20 tấn, 40 % (had "12,5" become 125, it would read 265 %).
 */
class TypedNumbersWebTest extends WebTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    LinkageContract contract;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void setUp() {
        var p = data.provinceWithUsers();
        Cooperative seller = registry.cooperative("HTX dừa Hương Mỹ", p.dinhThuy());
        Enterprise buyer = new Enterprise("Công ty TNHH Dừa Hương Mỹ");
        em.persist(buyer);
        contract = new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(seller), Party.ofEnterprise(buyer));
        contract.setNumber("HM-12/2026");
        contract.setStatus(ContractStatus.SIGNED);
        contract.setStartOn(today.minusMonths(1));
        contract.setVolume(new BigDecimal("50"));
        contract.setVolumeUnit(MeasureUnit.TAN);
        em.persist(contract);
        em.persist(contract.addDelivery(today.minusDays(10), new BigDecimal("7.5")));
        em.flush();
        em.clear();
    }

    @Test
    void aDeliveryOfTwelveAndAHalfTonnesIsTwelveAndAHalf() throws Exception {
        mvc.perform(post("/contracts/" + contract.getId() + "/deliveries")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "12,5")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(volumes()).containsExactly(new BigDecimal("7.500"), new BigDecimal("12.500"));
        mvc.perform(get("/contracts/" + contract.getId()).with(as("t-staff")))
                .andExpect(content().string(allOf(containsString("12,5"), containsString("40%"))));
    }

    @Test
    void inEnglishTheSameTypingReadsTheSame() throws Exception {
        mvc.perform(post("/contracts/" + contract.getId() + "/deliveries")
                        .param("lang", "en")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "1,2")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contracts/" + contract.getId() + "/deliveries")
                        .param("lang", "en")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "1,234.5")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(volumes())
                .containsExactly(new BigDecimal("7.500"), new BigDecimal("1.200"), new BigDecimal("1234.500"));
    }

    @Test
    void anAmbiguousOrUnreadableVolumeIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        for (String typed : List.of("1.234", "12,5,3", "12 tấn")) {
            mvc.perform(post("/contracts/" + contract.getId() + "/deliveries")
                            .param("deliveredOn", today.format(DMY))
                            .param("volume", typed)
                            .with(as("t-staff"))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("deliveryForm", "volume", "typeMismatch"))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Số không đọc được một cách duy nhất"),
                                    containsString("value=\"" + typed + "\""))));
        }
        assertThat(volumes()).containsExactly(new BigDecimal("7.500"));
    }

    private List<BigDecimal> volumes() {
        return em.createQuery(
                        "select d.volume from ContractDelivery d where d.contract.id = :id order by d.id",
                        BigDecimal.class)
                .setParameter("id", contract.getId())
                .getResultList();
    }
}

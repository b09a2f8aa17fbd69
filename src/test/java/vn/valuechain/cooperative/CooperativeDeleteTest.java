package vn.valuechain.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * Deleting a cooperative that a chain refers to: the database refuses, and the page says why and offers to
 * dissolve it. Runs with real commits (a refused delete aborts its transaction), on data of its own.
 */
@AutoConfigureMockMvc
@OwnDatabase
class CooperativeDeleteTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    CooperativeRepository cooperatives;

    @Test
    void deletingACooperativeInAChainIsRefusedWithTheReasonAndItCanBeDissolved() throws Exception {
        Long id = tx.execute(s -> {
            var province = data.unit(AdministrativeLevel.PROVINCE, "84", "Tỉnh Trà Vinh", null);
            var commune = data.unit(AdministrativeLevel.COMMUNE, "29242", "Xã Long Hòa (xóa thử)", province);
            data.user("del-staff", Role.STAFF, null);
            Cooperative c = registry.cooperative("Hợp tác xã Long Hòa (xóa thử)", commune);
            registry.chainWith(c, "Chuỗi dừa Long Hòa (xóa thử)", commune);
            return c.getId();
        });
        var staff = user(users.loadUserByUsername("del-staff"));

        mvc.perform(post("/cooperatives/{id}/delete", id).with(csrf()).with(staff))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("đang tham gia một chuỗi giá trị")))
                .andExpect(content().string(containsString("Chuyển sang &quot;Đã giải thể&quot;")));
        assertThat(cooperatives.findById(id)).isPresent();

        mvc.perform(post("/cooperatives/{id}/dissolve", id).with(csrf()).with(staff))
                .andExpect(status().is3xxRedirection());
        assertThat(cooperatives.findById(id).orElseThrow().getStatus()).isEqualTo(CooperativeStatus.DISSOLVED);
    }
}

package vn.valuechain.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * Two people edit the same cooperative: the second save is refused with a 409 that shows what the first
 * changed and keeps what the second typed; saving again then goes through. The history shows both.
 * Runs with real commits (Envers writes history on commit), on data of its own.
 */
@AutoConfigureMockMvc
@OwnDatabase
class CooperativeStaleEditTest extends IntegrationTest {

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
    void theSecondSaveIsRefusedWithTheOtherChangeShownAndNothingLost() throws Exception {
        Long id = tx.execute(s -> {
            var province = data.unit(AdministrativeLevel.PROVINCE, "87", "Tỉnh Đồng Tháp", null);
            var commune = data.unit(AdministrativeLevel.COMMUNE, "29900", "Xã Tân Thuận (sửa đồng thời)", province);
            data.user("lan.staff", Role.STAFF, null);
            data.user("minh.staff", Role.STAFF, null);
            return registry.cooperative("Hợp tác xã Tân Thuận", commune).getId();
        });

        // Both opened the form at version 0. Lan saves first.
        mvc.perform(edit(id, "lan.staff", 0, "Hợp tác xã Tân Thuận", "52")).andExpect(status().is3xxRedirection());

        // Minh saves his own change on top of version 0.
        mvc.perform(edit(id, "minh.staff", 0, "Hợp tác xã Nông nghiệp Tân Thuận", "30"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Dữ liệu đã bị người khác thay đổi")))
                .andExpect(content().string(containsString("lan.staff")))
                .andExpect(content().string(containsString("Số thành viên")))
                .andExpect(
                        r -> assertThat(HtmlUtils.htmlUnescape(r.getResponse().getContentAsString()))
                                .as("what Minh typed is still in the form, now at the current version")
                                .contains("name=\"name\" value=\"Hợp tác xã Nông nghiệp Tân Thuận\"")
                                .contains("name=\"version\" value=\"1\""));
        assertThat(cooperatives.findById(id).orElseThrow().getMembers()).isEqualTo(52);

        // Having read Lan's change, Minh keeps her member count and saves his name again.
        mvc.perform(edit(id, "minh.staff", 1, "Hợp tác xã Nông nghiệp Tân Thuận", "52"))
                .andExpect(status().is3xxRedirection());
        Cooperative saved = cooperatives.findById(id).orElseThrow();
        assertThat(saved.getName()).isEqualTo("Hợp tác xã Nông nghiệp Tân Thuận");
        assertThat(saved.getMembers()).isEqualTo(52);

        mvc.perform(get("/cooperatives/{id}", id).with(user(users.loadUserByUsername("lan.staff"))))
                .andExpect(content().string(containsString("Lịch sử thay đổi")))
                .andExpect(content().string(containsString("minh.staff")))
                .andExpect(content().string(containsString("Tạo mới")));
    }

    private MockHttpServletRequestBuilder edit(Long id, String username, long version, String name, String members) {
        return post("/cooperatives/{id}/edit", id)
                .with(csrf())
                .with(user(users.loadUserByUsername(username)))
                .param("version", Long.toString(version))
                .param("type", "HTX")
                .param("name", name)
                .param("status", "EXISTING")
                .param("members", members);
    }
}

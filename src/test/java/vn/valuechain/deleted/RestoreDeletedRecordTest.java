package vn.valuechain.deleted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.cooperative.CooperativeRepository;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/** A deleted cooperative is listed for the ADMIN, restored with its id and fields, and the history says so. */
@AutoConfigureMockMvc
@OwnDatabase
class RestoreDeletedRecordTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    UserDetailsService users;

    @Autowired
    CooperativeRepository cooperatives;

    @Test
    void anAdminRestoresADeletedCooperative() throws Exception {
        tx.executeWithoutResult(s -> {
            data.user("rs-admin", Role.ADMIN, null);
            data.user("rs-staff", Role.STAFF, null);
        });
        var admin = user(users.loadUserByUsername("rs-admin"));
        String location = mvc.perform(post("/cooperatives/new")
                        .with(csrf())
                        .with(admin)
                        .param("type", "THT")
                        .param("name", "Tổ hợp tác chôm chôm Hòa Nghĩa (khôi phục)")
                        .param("status", "EXISTING")
                        .param("members", "17"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/cooperatives/{id}/delete", id).with(csrf()).with(admin))
                .andExpect(status().is3xxRedirection());
        assertThat(cooperatives.findById(id)).isEmpty();

        mvc.perform(get("/admin/deleted").param("type", "COOPERATIVE").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tổ hợp tác chôm chôm Hòa Nghĩa (khôi phục)")));
        mvc.perform(get("/admin/deleted").with(user(users.loadUserByUsername("rs-staff"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/deleted/COOPERATIVE/{id}/restore", id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("rs-staff"))))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/deleted/COOPERATIVE/{id}/restore", id)
                        .with(csrf())
                        .with(admin))
                .andExpect(redirectedUrl("/cooperatives/" + id));
        var restored = cooperatives.findById(id).orElseThrow();
        assertThat(restored.getName()).isEqualTo("Tổ hợp tác chôm chôm Hòa Nghĩa (khôi phục)");
        assertThat(restored.getMembers()).isEqualTo(17);

        mvc.perform(get("/cooperatives/{id}", id).with(admin))
                .andExpect(content().string(containsString("Khôi phục")))
                .andExpect(content().string(containsString("rs-admin")));
        mvc.perform(get("/admin/deleted").param("type", "COOPERATIVE").with(admin))
                .andExpect(content().string(not(containsString("Hòa Nghĩa (khôi phục)"))));
        mvc.perform(post("/admin/deleted/COOPERATIVE/{id}/restore", id)
                        .with(csrf())
                        .with(admin))
                .andExpect(status().isNotFound());
    }
}

package vn.valuechain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * What only committed transactions show: Envers writes the history when a transaction commits, and a refused
 * delete breaks its transaction. So here every request commits for real, with users and names of this test
 * only, removed again at the end.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnDatabase
class EnterpriseHistoryTest extends IntegrationTest {

    static final List<String> USERS = List.of("h-ent-admin", "h-ent-staff");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void users() {
        tx.executeWithoutResult(s -> {
            data.user("h-ent-admin", Role.ADMIN, null);
            data.user("h-ent-staff", Role.STAFF, null);
        });
    }

    @AfterAll
    void cleanUp() {
        jdbc.sql("delete from certification where created_by in (:users)")
                .param("users", USERS)
                .update();
        jdbc.sql("delete from enterprise where created_by in (:users)")
                .param("users", USERS)
                .update();
        jdbc.sql("delete from app_user where username in (:users)")
                .param("users", USERS)
                .update();
    }

    RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }

    @Test
    void aStaleEditIsRefusedShowingTheOtherChangeAndKeepingWhatWasTyped() throws Exception {
        long id = create("Công ty TNHH Dừa Lịch Sử", "1300999991");
        String location = "/enterprises/" + id;

        // Both open the form at version 0; the admin saves first.
        mvc.perform(form(location + "/edit", "Công ty TNHH Dừa Lịch Sử", "1300999991", 0)
                        .param("phone", "0275 222 222")
                        .with(as("h-ent-admin")))
                .andExpect(status().is3xxRedirection());

        String refused = mvc.perform(form(location + "/edit", "Công ty TNHH Dừa Lịch Sử", "1300999991", 0)
                        .param("phone", "0275 111 111")
                        .param("address", "Ấp Phú Hưng, xã Định Thủy")
                        .with(as("h-ent-staff")))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String page = HtmlUtils.htmlUnescape(refused);
        assertThat(page)
                .contains("Dữ liệu đã bị người khác thay đổi")
                .contains("Trong lúc bạn sửa, h-ent-admin đã lưu bản ghi này")
                .contains("Điện thoại")
                .contains("0275 222 222")
                // what the staff member typed is still in the form, ready to save again
                .contains("value=\"Ấp Phú Hưng, xã Định Thủy\"")
                .contains("value=\"0275 111 111\"")
                // and the form now carries the version stored, so saving after reading goes through
                .contains("name=\"version\" value=\"1\"");

        mvc.perform(form(location + "/edit", "Công ty TNHH Dừa Lịch Sử", "1300999991", 1)
                        .param("phone", "0275 111 111")
                        .param("address", "Ấp Phú Hưng, xã Định Thủy")
                        .with(as("h-ent-staff")))
                .andExpect(status().is3xxRedirection());

        String history = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(as("h-ent-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // Only the history section, not the rest of the record page.
        assertThat(history.substring(history.indexOf("id=\"history\"")))
                .contains("Lịch sử thay đổi")
                .contains("Tạo mới")
                .contains("Sửa")
                .contains("h-ent-staff")
                .contains("Mã số thuế")
                .contains("Địa chỉ")
                .contains("Ấp Phú Hưng, xã Định Thủy");
    }

    @Test
    void anEnterpriseHoldingACertificateIsClosedNotDeleted() throws Exception {
        long id = create("Công ty CP Chế biến Dừa Giồng Trôm", "1300999992");
        String location = "/enterprises/" + id;
        mvc.perform(post("/certifications/new")
                        .with(csrf())
                        .with(as("h-ent-staff"))
                        .param("version", "0")
                        .param("type", "FOOD_SAFETY")
                        .param("holderKind", "ENTERPRISE")
                        .param("enterpriseId", Long.toString(id))
                        .param("number", "ATTP-GT-01")
                        .param("status", "VALID"))
                .andExpect(status().is3xxRedirection());

        String refused = HtmlUtils.htmlUnescape(
                mvc.perform(post(location + "/delete").with(csrf()).with(as("h-ent-admin")))
                        .andExpect(status().isConflict())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(refused)
                .contains("Không thể xóa doanh nghiệp này:")
                .contains("doanh nghiệp đang giữ chứng nhận")
                .contains("action=\"" + location + "/close\"");

        mvc.perform(post(location + "/close").with(csrf()).with(as("h-ent-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(location));
        String closed = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(as("h-ent-admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(closed).contains("Ngừng hoạt động").contains("Tình trạng");

        // Once nothing refers to it any more, it can go.
        long certificate = jdbc.sql("select id from certification where holder_enterprise_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        mvc.perform(post("/certifications/{id}/delete", certificate)
                        .with(csrf())
                        .with(as("h-ent-admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/delete").with(csrf()).with(as("h-ent-admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises"));
        mvc.perform(get(location).with(as("h-ent-admin"))).andExpect(status().isNotFound());
    }

    long create(String name, String taxCode) throws Exception {
        String location = mvc.perform(form("/enterprises/new", name, taxCode, 0)
                        .param("phone", "0275 111 111")
                        .with(as("h-ent-admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static MockHttpServletRequestBuilder form(String path, String name, String taxCode, long version) {
        return post(path)
                .with(csrf())
                .param("version", Long.toString(version))
                .param("name", name)
                .param("taxCode", taxCode)
                .param("inProvince", "true")
                .param("roles", "BUYER")
                .param("status", "ACTIVE");
    }
}

package vn.valuechain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * A certificate's history and a stale edit of it, on committed transactions (Envers writes the history at
 * commit), with users and records of this test only, removed again at the end.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnDatabase
class CertificationHistoryTest extends IntegrationTest {

    static final List<String> USERS = List.of("h-cert-admin", "h-cert-staff");
    static final String HOUSEHOLDS = "Tổ hợp tác trồng dừa ấp Thạnh Hòa";

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
            data.user("h-cert-admin", Role.ADMIN, null);
            data.user("h-cert-staff", Role.STAFF, null);
        });
    }

    @AfterAll
    void cleanUp() {
        jdbc.sql("delete from certification where created_by in (:users)")
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
    void aStaleEditIsRefusedShowingTheOtherChangeAndTheHistoryRecordsEverySave() throws Exception {
        String location = mvc.perform(
                        form("/certifications/new", 0, "VG-TH-01", "31/12/2026").with(as("h-cert-admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(form(location + "/edit", 0, "VG-TH-02", "31/12/2026").with(as("h-cert-admin")))
                .andExpect(status().is3xxRedirection());

        String refused = HtmlUtils.htmlUnescape(mvc.perform(form(location + "/edit", 0, "VG-TH-01", "30/06/2027")
                        .param("note", "Gia hạn theo quyết định số 12/QĐ")
                        .with(as("h-cert-staff")))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused)
                .contains("Trong lúc bạn sửa, h-cert-admin đã lưu bản ghi này")
                .contains("Số chứng nhận")
                .contains("VG-TH-02")
                .contains("value=\"30/06/2027\"")
                .contains("Gia hạn theo quyết định số 12/QĐ")
                .contains("name=\"version\" value=\"1\"");

        String history = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(as("h-cert-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        // Only the history section, not the rest of the record page.
        assertThat(history.substring(history.indexOf("id=\"history\"")))
                .contains("Lịch sử thay đổi")
                .contains("Tạo mới")
                .contains("Sửa")
                .contains("h-cert-admin")
                .contains("Đơn vị được cấp")
                .contains(HOUSEHOLDS)
                .contains("Hiệu lực đến ngày")
                .contains("31/12/2026")
                .contains("VG-TH-02");

        mvc.perform(post(location + "/delete").with(csrf()).with(as("h-cert-admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(as("h-cert-admin"))).andExpect(status().isNotFound());
    }

    static MockHttpServletRequestBuilder form(String path, long version, String number, String validTo) {
        return post(path)
                .with(csrf())
                .param("version", Long.toString(version))
                .param("type", "VIETGAP")
                .param("holderKind", "HOUSEHOLDS")
                .param("householdsName", HOUSEHOLDS)
                .param("number", number)
                .param("validFrom", "01/01/2024")
                .param("validTo", validTo)
                .param("status", "VALID");
    }
}

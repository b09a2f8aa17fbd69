package vn.valuechain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.support.Exported;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.AppUser;

/** A user's notifications sent out: their own only, in words, with when and whether read. */
class NotificationExportTest extends WebTest {

    @Autowired
    EntityManager em;

    long idOf(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username)
                .getSingleResult()
                .getId();
    }

    void notify(String username, String unit, String item) {
        String args = String.join(NotificationService.SEPARATOR, unit, item, "1", "2019");
        em.persist(new Notification(idOf(username), "notification.report.ACCEPTED.YEAR", args, "/plans"));
    }

    @Test
    void eachUserExportsTheirOwnNotifications() throws Exception {
        data.provinceWithUsers();
        notify("t-staff", "Huyện Mỏ Cày Nam", "II.1.4");
        notify("t-viewer", "Huyện Chợ Lách", "II.4.3");
        em.flush();

        byte[] file = mvc.perform(get("/notifications").param("format", "xlsx").with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Exported xlsx = Exported.xlsx(file);
        assertThat(xlsx.header()).containsExactly("Nội dung thông báo", "Thời điểm", "Đã đọc");
        assertThat(xlsx.rows()).hasSize(1);
        assertThat(xlsx.rows().get(0).cell(0).text())
                .isEqualTo("Báo cáo năm 2019 của Huyện Mỏ Cày Nam về nhiệm vụ II.1.4 đã được chấp nhận.");
        assertThat(xlsx.rows().get(0).cell(1).date()).isAfter(LocalDate.of(2020, 1, 1));
        assertThat(xlsx.rows().get(0).cell(2).text()).isEqualTo("Không");

        List<String> csv = Exported.csv(
                mvc.perform(get("/notifications").param("format", "csv").with(as("t-viewer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).contains("Huyện Chợ Lách").doesNotContain("Mỏ Cày Nam");
        mvc.perform(get("/notifications").param("format", "csv")).andExpect(status().is3xxRedirection());
    }
}

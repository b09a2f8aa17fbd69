package vn.valuechain.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.WebTest;

/** The unread count is read for a page that shows the layout's badge, and not for a panel the page loads. */
@Import(StatementCounter.class)
class UnreadBadgeTest extends WebTest {

    @Autowired
    StatementCounter counter;

    @Test
    void countedForAPageNotForAPanel() throws Exception {
        data.provinceWithUsers();

        assertThat(notificationQueries("/cooperatives")).hasSize(1);
        assertThat(notificationQueries("/chains/panel?cooperative=1")).isEmpty();
    }

    private List<String> notificationQueries(String path) throws Exception {
        counter.takeSql();
        mvc.perform(get(path).with(as("t-staff"))).andExpect(status().isOk());
        return counter.takeSql().stream()
                .filter(sql -> sql.contains("from notification"))
                .toList();
    }
}

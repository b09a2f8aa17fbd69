package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.StatementCounter;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/**
 * The dashboard's content is rendered once and served again until a committed change to its figures; what it shows
 * of the user (their own unit) is never served to another.
 */
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@OwnDatabase
class RenderedDashboardTest extends IntegrationTest {

    private static final Pattern CHAINS = Pattern.compile("id=\"tile-all\".*?<span>(\\d+)</span>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    StatementCounter statements;

    @Test
    void theContentIsServedAgainUntilItsFiguresChangeAndNeverToAnotherUnit() throws Exception {
        Province p = tx.execute(s -> {
            Province province = data.provinceWithUsers();
            registry.chain("Chuỗi dừa Mỏ Cày Nam", "Dừa", province.moCayNam());
            return province;
        });
        String unit = "/dashboard?unit=" + p.moCayNam().getId();

        statements.takeSql();
        String first = page("t-admin", unit);
        assertThat(chains(first)).isEqualTo("1");
        // Rendering the content reads the products of its filter (the figures themselves are cached either way).
        assertThat(statements.takeSql()).as("rendered").anyMatch(sql -> sql.contains(" from product "));
        String again = page("t-admin", unit);
        assertThat(content(again)).isEqualTo(content(first));
        assertThat(statements.takeSql())
                .as("served again: not rendered")
                .noneMatch(sql -> sql.contains(" from product "));

        tx.executeWithoutResult(s -> registry.chain("Chuỗi bưởi Mỏ Cày Nam", "Bưởi da xanh", p.moCayNam()));
        assertThat(chains(page("t-admin", unit)))
                .as("a committed change shows at once")
                .isEqualTo("2");

        // The same unit's figures, of the same filters, for its own official: no way back to the province.
        String own = page("t-district", unit);
        assertThat(chains(own)).isEqualTo("2");
        assertThat(own).doesNotContain("id=\"unit-filter\"");
        assertThat(page("t-admin", unit)).contains("id=\"unit-filter\"");
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The dashboard's own part of the page, without the layout (whose form tokens are the session's). */
    private static String content(String html) {
        return html.substring(html.indexOf("<h1 class=\"h3 mb-1\""), html.indexOf("/js/dashboard-charts"));
    }

    private static String chains(String html) {
        Matcher m = CHAINS.matcher(html);
        assertThat(m.find()).as("the tile of all chains").isTrue();
        return m.group(1);
    }
}

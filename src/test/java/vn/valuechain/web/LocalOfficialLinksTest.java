package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.valuechain.demo.DemoDataService;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * A local official never meets a link that ends in "Không tìm thấy": every page and fragment they can reach from the
 * home page is opened, as they would click or as htmx loads it, and none answers 404 (or fails). On the demo data
 * (Vĩnh Long today, with Bến Tre's plan of 2018), for the official of Xã Đồng Khởi, whose old communes (Định Thủy…)
 * have a cooperative of the Dừa chain that runs in six other communes too.
 */
class LocalOfficialLinksTest extends WebTest {

    /** href="…" and hx-get="…" of a page, as written (HTML-escaped). */
    private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"([^\"#][^\"]*)\"");

    /** A page of a list sorted or paged another way is the same page: a few of each path are enough. */
    private static final int VARIANTS_PER_PATH = 3;

    private static final int MAX_PAGES = 1500;

    @Autowired
    DemoDataService demoData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @Test
    void noLinkALocalOfficialSeesEndsInNotFound() throws Exception {
        jdbc.sql("truncate plan, chain, cooperative cascade").update();
        demoData.load();
        em.flush();
        long dongKhoi = jdbc.sql("select id from administrative_unit where official and level = 'COMMUNE'"
                        + " and code = '28945' and valid_to is null")
                .query(Long.class)
                .single();
        data.user("t-commune", Role.DISTRICT, em.find(AdministrativeUnit.class, dongKhoi));
        em.flush();

        Map<String, String> foundOn = new HashMap<>();
        Map<String, Integer> variants = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        List<String> broken = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            MockHttpServletResponse response =
                    mvc.perform(get(url).with(as("t-commune"))).andReturn().getResponse();
            if (response.getStatus() == 404 || response.getStatus() >= 500) {
                broken.add(response.getStatus() + " " + url + " (linked from " + foundOn.get(url) + ")");
                continue;
            }
            String type = response.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            Matcher m = LINK.matcher(response.getContentAsString());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (!link.startsWith("/")
                        || link.startsWith("//")
                        || link.startsWith("/logout")
                        || link.startsWith("/webjars")
                        || link.startsWith("/css")
                        || link.startsWith("/js")
                        || link.startsWith("/images")
                        || link.contains("lang=")
                        || seen.contains(link)) {
                    continue;
                }
                String path = link.contains("?") ? link.substring(0, link.indexOf('?')) : link;
                if (variants.merge(path, 1, Integer::sum) <= VARIANTS_PER_PATH) {
                    foundOn.putIfAbsent(link, url);
                    queue.add(link);
                }
            }
        }

        assertThat(seen).as("pages opened").hasSizeGreaterThan(40);
        assertThat(broken).as("links that end in Không tìm thấy or an error").isEmpty();
    }
}

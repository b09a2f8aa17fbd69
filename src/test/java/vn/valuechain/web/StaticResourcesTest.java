package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.valuechain.support.WebTest;

/** Pages link their static files by version (content hash, webjar version), which browsers may keep for a year. */
class StaticResourcesTest extends WebTest {

    @Test
    void pagesLinkVersionedFilesServedWithALongCacheLife() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/webjars/bootstrap/5.3.8/css/bootstrap.min.css");
        Matcher css = Pattern.compile("/css/app-[0-9a-f]{32}\\.css").matcher(page);
        assertThat(css.find()).as("app.css with its content's hash").isTrue();
        assertThat(page).doesNotContain("\"/css/app.css\"");

        for (String path : new String[] {css.group(), "/webjars/bootstrap/5.3.8/css/bootstrap.min.css"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
    }

    @Test
    void theIconBrowsersAskForWithoutALinkIsThePagesIcon() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/images/favicon.svg"));
        mvc.perform(get("/images/favicon.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }
}

package vn.valuechain.imports;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The two steps of an import through the pages, and what the database holds before and after. */
public final class ImportSteps {

    private final MockMvc mvc;
    private final RequestPostProcessor admin;

    public ImportSteps(MockMvc mvc, RequestPostProcessor admin) {
        this.mvc = mvc;
        this.admin = admin;
    }

    /** A list's export as the ADMIN downloads it. */
    public byte[] export(String path, String format, String... params) throws Exception {
        var request = get(path).param("format", format).with(admin);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    public DryRun dryRun(String kind, String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", fileName, null, content))
                        .param("kind", kind)
                        .with(csrf())
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn();
        Map<String, Object> model = result.getModelAndView().getModel();
        return new DryRun(
                (ImportResult) model.get("result"),
                (String) model.get("token"),
                result.getResponse().getContentAsString());
    }

    /** Applies a dry run; the redirect (done) or the page (refused). */
    public MvcResult apply(String token) throws Exception {
        return mvc.perform(post("/admin/import/apply")
                        .param("token", token)
                        .with(csrf())
                        .with(admin))
                .andReturn();
    }

    public record DryRun(ImportResult result, String token, String page) {}

    /**
     * The content of every table an import may write (rows hashed in id order) and the history: equal snapshots mean
     * nothing was written. Flush the persistence context first.
     */
    public static Map<String, String> snapshot(JdbcTemplate jdbc) {
        Map<String, String> tables = new java.util.TreeMap<>();
        for (String table : new String[] {
            "cooperative",
            "enterprise",
            "chain",
            "chain_participant",
            "linkage_contract",
            "contract_delivery",
            "action_item",
            "revision"
        }) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from "
                                    + table + " t",
                            String.class));
        }
        return tables;
    }
}

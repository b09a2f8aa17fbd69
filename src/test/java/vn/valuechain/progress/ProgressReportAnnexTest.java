package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.shared.attachment.AttachmentService;
import vn.valuechain.shared.attachment.SampleFiles;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * A progress report's annexes are attached by its own unit while the report can be changed; another unit's official
 * does not find the report nor its files; the office reads them with the report.
 */
class ProgressReportAnnexTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    AttachmentService attachments;

    @Autowired
    EntityManager em;

    PlanFixtures f;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
        data.user("t-cholach", Role.DISTRICT, f.province.choLach());
    }

    ProgressReport draft() throws Exception {
        mvc.perform(post("/progress-reports/new")
                        .with(csrf())
                        .with(as("t-district"))
                        .param("itemId", f.coconutContracts.getId().toString())
                        .param("unitId", f.province.moCayNam().getId().toString())
                        .param("periodType", "QUARTER")
                        .param("periodYear", "2018")
                        .param("periodNumber", "3")
                        .param("percentComplete", "40")
                        .param("difficulties", "Giá dừa biến động.")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        em.flush();
        return reports.findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(f.coconutContracts.getId())
                .get(0);
    }

    ResultActions annex(long reportId, String user) throws Exception {
        return mvc.perform(multipart("/progress-reports/{id}/attachments", reportId)
                .file(new MockMultipartFile(
                        "file", "Phụ lục danh sách THT.xlsx", "application/octet-stream", SampleFiles.xlsx()))
                .with(csrf())
                .with(as(user)));
    }

    @Test
    void theReportingUnitAttachesAnnexesWhileTheReportCanChange() throws Exception {
        ProgressReport report = draft();
        annex(report.getId(), "t-district")
                .andExpect(redirectedUrl("/progress-reports/" + report.getId() + "#attachments"))
                .andExpect(flash().attribute("success", "attachment.added"));
        long file = attachments.list("progress_report", report.getId()).get(0).id();
        mvc.perform(get("/progress-reports/{id}", report.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phụ lục danh sách THT.xlsx")))
                .andExpect(content().string(not(containsString("id=\"attachment-form\""))));
        mvc.perform(get("/progress-reports/{id}", report.getId()).with(as("t-district")))
                .andExpect(content().string(containsString("id=\"attachment-form\"")));

        // Another unit's official finds neither the report nor its annex; the office does not attach to it.
        annex(report.getId(), "t-cholach").andExpect(status().isNotFound());
        mvc.perform(get("/progress-reports/{id}/attachments/{file}", report.getId(), file)
                        .with(as("t-cholach")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/progress-reports/{id}/attachments/{file}/delete", report.getId(), file)
                        .with(csrf())
                        .with(as("t-cholach")))
                .andExpect(status().isNotFound());
        annex(report.getId(), "t-staff").andExpect(status().isForbidden());
        annex(report.getId(), "t-viewer").andExpect(status().isForbidden());

        // Submitted, the report and its annexes are locked until it is returned.
        mvc.perform(post("/progress-reports/{id}/submit", report.getId())
                        .with(csrf())
                        .with(as("t-district"))
                        .param("version", String.valueOf(report.getVersion())))
                .andExpect(status().is3xxRedirection());
        em.flush();
        annex(report.getId(), "t-district").andExpect(status().isConflict());
        mvc.perform(post("/progress-reports/{id}/attachments/{file}/delete", report.getId(), file)
                        .with(csrf())
                        .with(as("t-district")))
                .andExpect(status().isConflict());
        mvc.perform(get("/progress-reports/{id}", report.getId()).with(as("t-district")))
                .andExpect(content().string(not(containsString("id=\"attachment-form\""))));
        assertThat(attachments.list("progress_report", report.getId())).hasSize(1);
    }
}

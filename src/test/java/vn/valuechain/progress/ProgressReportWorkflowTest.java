package vn.valuechain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.notification.Notification;
import vn.valuechain.notification.NotificationRepository;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.TargetData;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.Target;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;

/**
 * The report workflow through the pages, for each role and each step: draft → submitted → returned with a comment →
 * resubmitted → accepted and locked; a DISTRICT user reports only for their own unit on items naming it.
 */
class ProgressReportWorkflowTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ProgressReportRepository reports;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    EntityManager em;

    PlanFixtures f;
    Target contracts;
    AppUser staff;
    AppUser district;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
        // t-district works for Mỏ Cày Nam, which II.1.4 names ("UBND các huyện và thành phố"); II.4.3 does not.
        items.saveTargets(
                f.coconutContracts.getId(),
                f.coconutContracts.getVersion(),
                List.of(new TargetData(null, "THT, HTX ký hợp đồng tiêu thụ", new BigDecimal("21"), "THT, HTX", 2018)));
        em.flush();
        contracts = f.coconutContracts.getTargets().get(0);
        data.user("t-cholach", Role.DISTRICT, f.province.choLach());
        staff = user("t-staff");
        district = user("t-district");
    }

    AppUser user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class)
                .setParameter("u", username)
                .getSingleResult();
    }

    MockHttpServletRequestBuilder newReport(long itemId, long unitId, String action) {
        return newReport(itemId, unitId, action, "3", "40");
    }

    MockHttpServletRequestBuilder newReport(long itemId, long unitId, String action, String quarter, String percent) {
        return post("/progress-reports/new")
                .with(csrf())
                .param("itemId", String.valueOf(itemId))
                .param("unitId", String.valueOf(unitId))
                .param("periodType", "QUARTER")
                .param("periodYear", "2018")
                .param("periodNumber", quarter)
                .param("percentComplete", percent)
                .param("narrative", "Đã vận động 9 THT ký hợp đồng.")
                .param("difficulties", "Giá dừa biến động.")
                .param("proposals", "Hỗ trợ xúc tiến thương mại.")
                .param("values[0].targetId", contracts.getId().toString())
                .param("values[0].actual", "9")
                .param("action", action);
    }

    ProgressReport draftOfMoCayNam() throws Exception {
        mvc.perform(newReport(f.coconutContracts.getId(), f.province.moCayNam().getId(), "save")
                        .with(as("t-district")))
                .andExpect(status().is3xxRedirection());
        return onlyReport();
    }

    ProgressReport onlyReport() {
        em.flush();
        em.clear();
        return reports.findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(f.coconutContracts.getId()).stream()
                .findFirst()
                .orElseThrow();
    }

    ProgressReport inStatus(ReportStatus wanted) throws Exception {
        ProgressReport r = draftOfMoCayNam();
        if (wanted == ReportStatus.DRAFT) {
            return r;
        }
        step(r, "submit", "t-district").andExpect(status().is3xxRedirection());
        if (wanted == ReportStatus.SUBMITTED) {
            return onlyReport();
        }
        step(onlyReport(), wanted == ReportStatus.RETURNED ? "return" : "accept", "t-staff")
                .andExpect(status().is3xxRedirection());
        return onlyReport();
    }

    org.springframework.test.web.servlet.ResultActions step(ProgressReport r, String step, String user)
            throws Exception {
        return mvc.perform(post("/progress-reports/{id}/{step}", r.getId(), step)
                .with(as(user))
                .with(csrf())
                .param("version", String.valueOf(r.getVersion()))
                .param("comment", "Thiếu danh sách THT đã ký."));
    }

    @Test
    void aDistrictOfficialDraftsAReportForTheirUnit() throws Exception {
        mvc.perform(get("/progress-reports/new")
                        .param("item", f.coconutContracts.getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị báo cáo: Huyện Mỏ Cày Nam")))
                .andExpect(content().string(containsString("THT, HTX ký hợp đồng tiêu thụ")));
        ProgressReport r = draftOfMoCayNam();
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThat(r.getReportingUnit().getName()).isEqualTo("Huyện Mỏ Cày Nam");
        assertThat(r.getPercentComplete()).isEqualByComparingTo("40");
        assertThat(r.getDifficulties()).isEqualTo("Giá dừa biến động.");
        assertThat(r.getValues())
                .singleElement()
                .satisfies(v -> assertThat(v.getActualValue()).isEqualByComparingTo("9"));
        mvc.perform(get("/progress-reports/{id}", r.getId()).with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Khó khăn, vướng mắc")))
                .andExpect(content().string(containsString("Giá dừa biến động.")))
                .andExpect(content().string(containsString("Quý 3/2018")));
    }

    @Test
    void postingForAnotherUnitIsNotFoundAndSavesNothing() throws Exception {
        mvc.perform(newReport(f.coconutContracts.getId(), f.province.choLach().getId(), "submit")
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        assertThat(reports.findByActionItemIdOrderByPeriodYearAscPeriodNumberAsc(f.coconutContracts.getId()))
                .isEmpty();
    }

    @Test
    void anItemNotNamingTheUnitIsNotFoundForReporting() throws Exception {
        mvc.perform(get("/progress-reports/new")
                        .param("item", f.longanTraining.getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(newReport(f.longanTraining.getId(), f.province.moCayNam().getId(), "save")
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        // Chợ Lách is named by II.4.3, so its official may report on it.
        mvc.perform(get("/progress-reports/new")
                        .param("item", f.longanTraining.getId().toString())
                        .with(as("t-cholach")))
                .andExpect(status().isOk());
    }

    static Stream<Arguments> stepsByRole() {
        // Who may take each step: drafting and submitting are the district's, reviewing the office's.
        return Stream.of(
                        Arguments.of("create", List.of("t-district")),
                        Arguments.of("submit", List.of("t-district")),
                        Arguments.of("return", List.of("t-staff", "t-admin")),
                        Arguments.of("accept", List.of("t-staff", "t-admin")))
                .flatMap(a -> Stream.of("t-admin", "t-staff", "t-district", "t-viewer")
                        .map(u -> Arguments.of(a.get()[0], u, ((List<?>) a.get()[1]).contains(u))));
    }

    @ParameterizedTest(name = "{1} {0}: allowed = {2}")
    @MethodSource("stepsByRole")
    void eachRoleEachStep(String step, String user, boolean allowed) throws Exception {
        if (step.equals("create")) {
            mvc.perform(newReport(
                                    f.coconutContracts.getId(),
                                    f.province.moCayNam().getId(),
                                    "save")
                            .with(as(user)))
                    .andExpect(allowed ? status().is3xxRedirection() : status().isForbidden());
            return;
        }
        ProgressReport r = inStatus(step.equals("submit") ? ReportStatus.DRAFT : ReportStatus.SUBMITTED);
        step(r, step, user).andExpect(allowed ? status().is3xxRedirection() : status().isForbidden());
        ReportStatus expected = switch (step) {
            case "submit" -> allowed ? ReportStatus.SUBMITTED : ReportStatus.DRAFT;
            case "return" -> allowed ? ReportStatus.RETURNED : ReportStatus.SUBMITTED;
            default -> allowed ? ReportStatus.ACCEPTED : ReportStatus.SUBMITTED;
        };
        assertThat(onlyReport().getStatus()).isEqualTo(expected);
    }

    @Test
    void returnedWithACommentFixedAndResubmittedThenAccepted() throws Exception {
        ProgressReport submitted = inStatus(ReportStatus.SUBMITTED);
        assertThat(submitted.getSubmittedBy()).isEqualTo("t-district");
        assertThat(notificationsOf(staff))
                .extracting(Notification::getMessageKey)
                .containsExactly("notification.report.SUBMITTED.QUARTER");

        // Returning needs a comment.
        mvc.perform(post("/progress-reports/{id}/return", submitted.getId())
                        .with(as("t-staff"))
                        .with(csrf())
                        .param("version", String.valueOf(submitted.getVersion()))
                        .param("comment", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy ghi rõ lý do trả lại.")));
        step(submitted, "return", "t-staff").andExpect(status().is3xxRedirection());
        ProgressReport returned = onlyReport();
        assertThat(returned.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.getReviewComment()).isEqualTo("Thiếu danh sách THT đã ký.");
        assertThat(returned.getReviewedBy()).isEqualTo("t-staff");
        assertThat(notificationsOf(district))
                .extracting(Notification::getMessageKey)
                .containsExactly("notification.report.RETURNED.QUARTER");

        // "Việc của tôi" shows it with the office's comment.
        mvc.perform(get("/my-items").with(as("t-district")))
                .andExpect(content().string(containsString("Ý kiến của Sở: Thiếu danh sách THT đã ký.")))
                .andExpect(content().string(containsString("/progress-reports/" + returned.getId() + "/edit")));

        // The district fixes it and submits again from the form.
        mvc.perform(get("/progress-reports/{id}/edit", returned.getId()).with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thiếu danh sách THT đã ký.")));
        mvc.perform(post("/progress-reports/{id}/edit", returned.getId())
                        .with(as("t-district"))
                        .with(csrf())
                        .param("version", String.valueOf(returned.getVersion()))
                        .param("unitId", f.province.moCayNam().getId().toString())
                        .param("periodType", "QUARTER")
                        .param("periodYear", "2018")
                        .param("periodNumber", "3")
                        .param("percentComplete", "45")
                        .param("narrative", "Đã ký 12 hợp đồng; danh sách THT kèm theo.")
                        .param("values[0].targetId", contracts.getId().toString())
                        .param("values[0].actual", "12")
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        ProgressReport resubmitted = onlyReport();
        assertThat(resubmitted.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(resubmitted.getValues().get(0).getActualValue()).isEqualByComparingTo("12");

        step(resubmitted, "accept", "t-staff").andExpect(status().is3xxRedirection());
        ProgressReport accepted = onlyReport();
        assertThat(accepted.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(notificationsOf(district))
                .extracting(Notification::getMessageKey)
                .contains("notification.report.ACCEPTED.QUARTER");

        // The accepted values count towards the item: 12 of 21 contracts.
        ItemSummary summary = items.summary(f.coconutContracts.getId(), null, LocalDate.of(2018, 10, 1));
        assertThat(summary.status().achievement().percent()).isEqualTo(57);
        assertThat(summary.targets().get(0).accepted()).isEqualByComparingTo("12");
    }

    @Test
    void anAcceptedReportIsLocked() throws Exception {
        ProgressReport accepted = inStatus(ReportStatus.ACCEPTED);
        mvc.perform(get("/progress-reports/{id}", accepted.getId()).with(as("t-district")))
                .andExpect(content().string(not(containsString("/progress-reports/" + accepted.getId() + "/edit"))));
        mvc.perform(post("/progress-reports/{id}/edit", accepted.getId())
                        .with(as("t-district"))
                        .with(csrf())
                        .param("version", String.valueOf(accepted.getVersion()))
                        .param("unitId", f.province.moCayNam().getId().toString())
                        .param("periodType", "QUARTER")
                        .param("periodYear", "2018")
                        .param("periodNumber", "3"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Đã chấp nhận")));
        step(accepted, "submit", "t-district").andExpect(status().isConflict());
        step(accepted, "return", "t-staff").andExpect(status().isConflict());
        step(accepted, "accept", "t-staff").andExpect(status().isConflict());
        assertThat(onlyReport().getStatus()).isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void aDraftCannotBeReviewed() throws Exception {
        ProgressReport draft = draftOfMoCayNam();
        step(draft, "accept", "t-staff").andExpect(status().isConflict());
        step(draft, "return", "t-staff").andExpect(status().isConflict());
    }

    @Test
    void anotherDistrictNeitherSeesNorChangesTheReport() throws Exception {
        ProgressReport r = inStatus(ReportStatus.SUBMITTED);
        mvc.perform(get("/progress-reports/{id}", r.getId()).with(as("t-cholach")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/progress-reports/{id}/edit", r.getId()).with(as("t-cholach")))
                .andExpect(status().isNotFound());
        step(r, "submit", "t-cholach").andExpect(status().isNotFound());
        mvc.perform(get("/progress-reports").with(as("t-cholach")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/progress-reports/" + r.getId() + "\""))));
        mvc.perform(get("/progress-reports").with(as("t-viewer")).param("status", "ALL"))
                .andExpect(content().string(containsString("/progress-reports/" + r.getId() + "\"")));
        mvc.perform(get("/progress-reports/{id}", r.getId()).with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/accept"))));
    }

    @Test
    void theOfficeStartsOnItsQueueOfSubmittedReports() throws Exception {
        ProgressReport r = inStatus(ReportStatus.SUBMITTED);
        mvc.perform(get("/progress-reports").with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/progress-reports/" + r.getId() + "\"")));
        mvc.perform(get("/progress-reports").param("status", "ACCEPTED").with(as("t-staff")))
                .andExpect(content().string(not(containsString("/progress-reports/" + r.getId() + "\""))));
    }

    @Test
    void aPeriodIsReportedOnceAndMustExist() throws Exception {
        draftOfMoCayNam();
        mvc.perform(newReport(f.coconutContracts.getId(), f.province.moCayNam().getId(), "save")
                        .with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị đã có báo cáo về nhiệm vụ này trong kỳ này.")));
        mvc.perform(newReport(f.coconutContracts.getId(), f.province.moCayNam().getId(), "save", "5", "140")
                        .with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kỳ báo cáo không hợp lệ")))
                .andExpect(content().string(containsString("Tỷ lệ phải từ 0 đến 100.")));
    }

    @Test
    void notificationsShowInTheBadgeAndTheList() throws Exception {
        inStatus(ReportStatus.SUBMITTED);
        mvc.perform(get("/").with(as("t-staff"))).andExpect(content().string(containsString("id=\"unread-count\">1<")));
        mvc.perform(get("/notifications").with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Huyện Mỏ Cày Nam đã gửi báo cáo quý 3/2018 về nhiệm vụ II.1.4.")));
        Notification n = notificationsOf(staff).get(0);
        mvc.perform(get("/notifications/{id}", n.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications/{id}", n.getId()).with(as("t-staff"))).andExpect(redirectedUrl(n.getLink()));
        em.flush();
        em.clear();
        assertThat(notifications.findById(n.getId()).orElseThrow().isRead()).isTrue();
        mvc.perform(get("/").with(as("t-staff"))).andExpect(content().string(not(containsString("unread-count"))));
        for (String user : List.of("t-admin", "t-district", "t-viewer")) {
            mvc.perform(get("/notifications").with(as(user))).andExpect(status().isOk());
            mvc.perform(post("/notifications/read-all").with(as(user)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    List<Notification> notificationsOf(AppUser user) {
        em.flush();
        return notifications.findByRecipientIdOrderByCreatedAtDesc(
                user.getId(), org.springframework.data.domain.PageRequest.of(0, 10));
    }
}

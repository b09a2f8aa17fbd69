package vn.valuechain.shared.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.Plan;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * A file attached to a record is kept in the database and comes back byte for byte to those who may see the record,
 * and to nobody else (another unit's official gets 404, as for the record); it is refused with the reason when it is
 * not what it claims; its coming and going is in the record's history; it stays with a deleted record and comes back
 * when the record is restored. Committed data (downloads read outside the test's transaction), removed afterwards.
 */
@AutoConfigureMockMvc
@OwnDatabase
class AttachmentRoundTripTest extends IntegrationTest {

    /** Committed data: names and codes of their own each run. */
    static final String RUN = Long.toString(System.nanoTime() % 100_000_000L, 36);

    @Autowired
    MockMvc mvc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    long chainHere;
    long chainThere;
    long coopHere;
    long coopThere;
    long plan;
    final List<Long> units = new ArrayList<>();

    @BeforeEach
    void setUp() {
        tx.executeWithoutResult(s -> {
            AdministrativeUnit province = data.unit(AdministrativeLevel.PROVINCE, "P" + RUN, "Tỉnh Thử " + RUN, null);
            AdministrativeUnit here = data.unit(AdministrativeLevel.DISTRICT, "H" + RUN, "Huyện Đây " + RUN, province);
            AdministrativeUnit there = data.unit(AdministrativeLevel.DISTRICT, "T" + RUN, "Huyện Kia " + RUN, province);
            units.addAll(List.of(there.getId(), here.getId(), province.getId()));
            data.user("at-admin-" + RUN, Role.ADMIN, null);
            data.user("at-staff-" + RUN, Role.STAFF, null);
            data.user("at-district-" + RUN, Role.DISTRICT, here);
            data.user("at-viewer-" + RUN, Role.VIEWER, null);
            chainHere = registry.chain("Chuỗi dừa đính kèm " + RUN, "Dừa", here).getId();
            chainThere =
                    registry.chain("Chuỗi bưởi đính kèm " + RUN, "Dừa", there).getId();
            coopHere = registry.cooperative("HTX đính kèm " + RUN, here).getId();
            coopThere = registry.cooperative("HTX nơi khác " + RUN, there).getId();
            Plan p = new Plan("KH-" + RUN + "/KH-UBND", "Kế hoạch thử đính kèm");
            em.persist(p);
            plan = p.getId();
        });
    }

    @AfterEach
    void removeCommittedData() {
        tx.executeWithoutResult(s -> {
            jdbc.sql("delete from attachment where created_by like ?")
                    .params("at-%-" + RUN)
                    .update();
            jdbc.sql("delete from chain_unit where chain_id in (?, ?)")
                    .params(chainHere, chainThere)
                    .update();
            jdbc.sql("delete from chain where id in (?, ?)")
                    .params(chainHere, chainThere)
                    .update();
            jdbc.sql("delete from cooperative where id in (?, ?)")
                    .params(coopHere, coopThere)
                    .update();
            jdbc.sql("delete from plan where id = ?").params(plan).update();
            jdbc.sql("delete from app_user where username like ?")
                    .params("at-%-" + RUN)
                    .update();
            units.forEach(id -> jdbc.sql("delete from administrative_unit where id = ?")
                    .params(id)
                    .update());
        });
    }

    RequestPostProcessor as(String role) {
        return user(users.loadUserByUsername("at-" + role + "-" + RUN));
    }

    ResultActions upload(String recordPath, String role, String name, byte[] content) throws Exception {
        return mvc.perform(multipart(recordPath + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(csrf())
                .with(as(role)));
    }

    long attached(String ownerType, long ownerId, String role, String name, byte[] content) throws Exception {
        String path = "/" + (ownerType.equals("cooperative") ? "cooperatives" : ownerType + "s") + "/" + ownerId;
        upload(path, role, name, content)
                .andExpect(redirectedUrl(path + "#attachments"))
                .andExpect(flash().attribute("success", "attachment.added"));
        return attachments.list(ownerType, ownerId).get(0).id();
    }

    @Test
    void aSignedContractRoundTripsAndIsRefusedAcrossUnits() throws Exception {
        byte[] scan = SampleFiles.pdf("Hợp đồng liên kết tiêu thụ dừa đã ký " + RUN);
        long here = attached("chain", chainHere, "staff", "C:\\fakepath\\Hợp đồng HĐLK-01.pdf", scan);
        long there = attached("chain", chainThere, "staff", "hop-dong-buoi.pdf", SampleFiles.pdf("Bưởi " + RUN));

        MvcResult sent = mvc.perform(
                        get("/chains/{id}/attachments/{file}", chainHere, here).with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", scan.length))
                .andExpect(header().string("Content-Disposition", startsWith("inline;")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''H%E1%BB%A3p%20")))
                .andReturn();
        assertThat(sent.getResponse().getContentAsByteArray()).isEqualTo(scan);
        // The official of the chain's unit reads it; so does a viewer; the official of another unit does not see
        // the other chain nor its file, and a file is found only under its own record.
        assertThat(mvc.perform(get("/chains/{id}/attachments/{file}", chainHere, here)
                                .with(as("district")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(scan);
        mvc.perform(get("/chains/{id}/attachments/{file}", chainHere, here).with(as("viewer")))
                .andExpect(status().isOk());
        mvc.perform(get("/chains/{id}/attachments/{file}", chainThere, there).with(as("district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/chains/{id}", chainThere).with(as("district"))).andExpect(status().isNotFound());
        mvc.perform(get("/chains/{id}/attachments/{file}", chainThere, here).with(as("staff")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/chains/{id}/attachments/{file}", chainHere, there).with(as("district")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/chains/{id}", chainHere).with(as("district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hợp đồng HĐLK-01.pdf")))
                .andExpect(content().string(containsString("/chains/" + chainHere + "/attachments/" + here)))
                .andExpect(content().string(not(containsString("id=\"attachment-form\""))))
                .andExpect(content().string(not(containsString("/attachments/" + here + "/delete"))));
        mvc.perform(get("/chains/{id}", chainHere).with(as("staff")))
                .andExpect(content().string(containsString("id=\"attachment-form\"")))
                .andExpect(content().string(containsString("/attachments/" + here + "/delete")));
    }

    @ParameterizedTest(name = "{0} attaches to a chain: {1}, to a cooperative of their unit: {2}")
    @CsvSource({"admin, 302, 302", "staff, 302, 302", "district, 403, 302", "viewer, 403, 403"})
    void whoChangesTheRecordAttachesToIt(String role, int chain, int cooperative) throws Exception {
        upload("/chains/" + chainHere, role, "anh.png", SampleFiles.image("png"))
                .andExpect(status().is(chain));
        upload("/cooperatives/" + coopHere, role, "giay-chung-nhan.jpg", SampleFiles.image("jpeg"))
                .andExpect(status().is(cooperative));
        assertThat(attachments.list("chain", chainHere)).hasSize(chain == 302 ? 1 : 0);
        assertThat(attachments.list("cooperative", coopHere)).hasSize(cooperative == 302 ? 1 : 0);
    }

    @Test
    void aLocalOfficialCannotTouchAnotherUnitsFiles() throws Exception {
        long file = attached("cooperative", coopThere, "staff", "dieu-le.docx", SampleFiles.docx("Điều lệ HTX"));
        upload("/cooperatives/" + coopThere, "district", "them.pdf", SampleFiles.pdf("x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cooperatives/{id}/attachments/{file}/delete", coopThere, file)
                        .with(csrf())
                        .with(as("district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperatives/{id}/attachments/{file}", coopThere, file)
                        .with(as("district")))
                .andExpect(status().isNotFound());
        assertThat(attachments.list("cooperative", coopThere)).hasSize(1);
        mvc.perform(get("/cooperatives/{id}/attachments/{file}", coopThere, file)
                        .with(as("staff")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")));
    }

    @Test
    void aRefusedFileSaysWhyAndNothingIsKept() throws Exception {
        upload(
                        "/chains/" + chainHere,
                        "staff",
                        "hop-dong.pdf",
                        SampleFiles.bytes("<html><body>không phải PDF</body></html>"))
                .andExpect(redirectedUrl("/chains/" + chainHere + "#attachments"))
                .andExpect(flash().attribute("attachmentProblem", "attachment.file.unsupported"));
        upload("/chains/" + chainHere, "staff", "rong.pdf", new byte[0])
                .andExpect(flash().attribute("attachmentProblem", "attachment.file.empty"));
        byte[] large = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(SampleFiles.bytes("%PDF-1.7"), 0, large, 0, 8);
        upload("/chains/" + chainHere, "staff", "lon.pdf", large)
                .andExpect(flash().attribute("attachmentProblem", "attachment.file.tooLarge"));
        assertThat(attachments.list("chain", chainHere)).isEmpty();

        byte[] scan = SampleFiles.image("png");
        attached("chain", chainHere, "staff", "ban-quet.png", scan);
        upload("/chains/" + chainHere, "staff", "ban-quet-lan-2.png", scan)
                .andExpect(flash().attribute("attachmentProblem", "attachment.file.duplicate"));
        assertThat(attachments.list("chain", chainHere)).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("ban-quet.png");
            assertThat(a.kind()).isEqualTo(FileKind.PNG);
            assertThat(a.sizeBytes()).isEqualTo(scan.length);
            assertThat(a.createdBy()).isEqualTo("at-staff-" + RUN);
        });
        // The reason is shown at the file field of the record page the upload returns to.
        mvc.perform(get("/chains/{id}", chainHere)
                        .with(as("staff"))
                        .flashAttr("attachmentProblem", "attachment.file.tooLarge")
                        .flashAttr("attachmentProblemArgs", new Object[] {20}))
                .andExpect(content().string(containsString("Tệp lớn hơn 20 MB")));
    }

    @Test
    void theHistoryShowsFilesComingAndGoing() throws Exception {
        long file = attached("cooperative", coopHere, "district", "bien-ban-hop.pdf", SampleFiles.pdf("Biên bản"));
        mvc.perform(post("/cooperatives/{id}/attachments/{file}/delete", coopHere, file)
                        .with(csrf())
                        .with(as("staff")))
                .andExpect(redirectedUrl("/cooperatives/" + coopHere + "#attachments"))
                .andExpect(flash().attribute("success", "attachment.removed"));
        assertThat(attachments.list("cooperative", coopHere)).isEmpty();
        String page = mvc.perform(get("/cooperatives/{id}", coopHere).with(as("staff")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String history = page.substring(page.indexOf("id=\"history\""));
        assertThat(history)
                .contains(
                        "Gỡ tệp đính kèm", "at-staff-" + RUN, "Đính kèm tệp", "at-district-" + RUN, "bien-ban-hop.pdf");
        assertThat(history.indexOf("Gỡ tệp đính kèm")).isLessThan(history.indexOf("Đính kèm tệp"));
        mvc.perform(get("/cooperatives/{id}/attachments/{file}", coopHere, file).with(as("staff")))
                .andExpect(status().isNotFound());
    }

    @Test
    void filesStayWithADeletedRecordAndComeBackWhenItIsRestored() throws Exception {
        byte[] certificate = SampleFiles.image("jpeg");
        long file = attached("cooperative", coopThere, "admin", "giay-chung-nhan-vietgap.jpg", certificate);
        mvc.perform(post("/cooperatives/{id}/delete", coopThere).with(csrf()).with(as("admin")))
                .andExpect(redirectedUrl("/cooperatives"));
        assertThat(attachments.list("cooperative", coopThere)).hasSize(1);
        mvc.perform(get("/cooperatives/{id}/attachments/{file}", coopThere, file)
                        .with(as("admin")))
                .andExpect(status().isNotFound());

        mvc.perform(post("/admin/deleted/COOPERATIVE/{id}/restore", coopThere)
                        .with(csrf())
                        .with(as("admin")))
                .andExpect(redirectedUrl("/cooperatives/" + coopThere));
        assertThat(mvc.perform(get("/cooperatives/{id}/attachments/{file}", coopThere, file)
                                .with(as("admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(certificate);
        mvc.perform(get("/cooperatives/{id}", coopThere).with(as("admin")))
                .andExpect(content().string(containsString("giay-chung-nhan-vietgap.jpg")));
    }

    @Test
    void planDocumentsAreAddedByTheOfficeAndReadByEveryone() throws Exception {
        byte[] signed = SampleFiles.pdf("Kế hoạch đã ký");
        long file = attached("plan", plan, "staff", "KH-2835-da-ky.pdf", signed);
        for (String role : new String[] {"district", "viewer"}) {
            upload("/plans/" + plan, role, "khac.pdf", SampleFiles.pdf(role)).andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/plans/{id}/attachments/{file}", plan, file)
                                    .with(as(role)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray())
                    .isEqualTo(signed);
        }
        mvc.perform(get("/plans/{id}", plan).with(as("district")))
                .andExpect(content().string(containsString("KH-2835-da-ky.pdf")));
        mvc.perform(post("/plans/{id}/attachments/{file}/delete", plan, file)
                        .with(csrf())
                        .with(as("district")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/attachments/{file}/delete", plan, file)
                        .with(csrf())
                        .with(as("staff")))
                .andExpect(redirectedUrl("/plans/" + plan + "#attachments"));
        assertThat(attachments.list("plan", plan)).isEmpty();
    }
}

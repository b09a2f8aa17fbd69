package vn.valuechain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.party.Party;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ProgressReportService.ReportData;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * The daily digest reaches a real SMTP server (GreenMail, in this JVM): a local official is told of the quarter's
 * report due in five days and of the one returned to them, the office of the report sent in, both of the certificate
 * and the contract ending in 30 days within their reach; one message a day per person, in Vietnamese, none for who
 * turned it off, none when another server claimed the person's day.
 */
@Transactional
class ReminderEmailTest extends IntegrationTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    /** Three working days before the end of the third quarter of 2018: the Bến Tre plan's items are due. */
    static final LocalDate TODAY = LocalDate.of(2018, 9, 25);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("app.reminders.cron", () -> "-");
        registry.add("app.base-url", () -> "https://chuoigiatri.example.gov.vn");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    ReminderJob job;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ProgressReportService reports;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    PlanFixtures f;
    ProgressReport returned;
    ProgressReport submitted;

    @BeforeEach
    void setUp() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        f = new PlanFixtures(data, plans, items);
        email("t-district", "xa-dinh-thuy@so.test");
        email("t-staff", "phong-ktht@so.test");
        email("t-viewer", "lanh-dao@so.test");
        AppUser quiet = data.user("t-quiet", Role.DISTRICT, f.province.moCayNam());
        users.setOwnEmail(quiet.getId(), "khong-nhan@so.test", false);

        UnitScopedUser district = principal("t-district");
        UnitScopedUser staff = principal("t-staff");
        ReportPeriod q3 = new ReportPeriod(ReportPeriodType.QUARTER, 2018, 3);
        submitted = reports.create(report(f.allDistricts.getId(), q3), district, true);
        returned = reports.create(report(f.coconutContracts.getId(), q3), district, true);
        em.flush();
        reports.returnReport(returned.getId(), returned.getVersion(), "Thiếu danh sách THT đã ký.", staff);

        Cooperative moCay = registry.cooperative("HTX Dừa Định Thủy", f.province.dinhThuy());
        Cooperative choLach = registry.cooperative("HTX Bưởi Chợ Lách", f.province.choLach());
        certificate(moCay, "VG-2018-030", TODAY.plusDays(30));
        certificate(choLach, "VG-2018-CL", TODAY.plusDays(30));
        certificate(moCay, "VG-2018-031", TODAY.plusDays(31)); // not yet within 30 days
        certificate(moCay, "VG-2018-029", TODAY.plusDays(29)); // said in yesterday's digest
        LinkageContract contract =
                new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(moCay), Party.ofHouseholds("Thương lái"));
        contract.setNumber("15/2018/HĐLK");
        contract.setStatus(ContractStatus.SIGNED);
        contract.setStartOn(LocalDate.of(2018, 1, 1));
        contract.setEndOn(TODAY.plusDays(30));
        em.persist(contract);
        em.flush();
    }

    @Test
    void eachPersonGetsOneVietnameseDigestOfTheirOwnWork() throws Exception {
        assertThat(job.send(TODAY)).isEqualTo(2);

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        Map<String, MimeMessage> byRecipient =
                Arrays.stream(received).collect(java.util.stream.Collectors.toMap(m -> address(m), m -> m));
        assertThat(byRecipient).containsOnlyKeys("xa-dinh-thuy@so.test", "phong-ktht@so.test");

        MimeMessage toDistrict = byRecipient.get("xa-dinh-thuy@so.test");
        String district = decoded(toDistrict);
        assertThat(toDistrict.getSubject()).isEqualTo("Nhắc việc ngày 25/09/2018: 4 việc");
        assertThat(district)
                .contains("Kính gửi Người dùng t-district,")
                .contains("Báo cáo tiến độ Quý 3/2018 đến hạn ngày 30/09/2018, chưa gửi:")
                .contains("II.1.4 ")
                .contains("https://chuoigiatri.example.gov.vn/progress-reports/" + returned.getId() + "/edit")
                .contains("Báo cáo bị trả lại để chỉnh sửa:")
                .contains("(Quý 3/2018). Ý kiến người duyệt: Thiếu danh sách THT đã ký.")
                .contains("Chứng nhận hết hạn trong 30 ngày tới:")
                .contains("VietGAP VG-2018-030 — HTX Dừa Định Thủy, hết hạn 25/10/2018")
                .contains("Hợp đồng liên kết kết thúc trong 30 ngày tới:")
                .contains("15/2018/HĐLK — HTX Dừa Định Thủy → Thương lái, kết thúc 25/10/2018")
                .contains("Để thôi nhận thư này, mở https://chuoigiatri.example.gov.vn/account")
                // the office's work and another district's certificate are not theirs
                .doesNotContain("chờ duyệt", "VG-2018-CL", "VG-2018-031", "VG-2018-029");

        MimeMessage toStaff = byRecipient.get("phong-ktht@so.test");
        String staff = decoded(toStaff);
        assertThat(toStaff.getSubject()).isEqualTo("Nhắc việc ngày 25/09/2018: 4 việc");
        assertThat(staff)
                .contains("Báo cáo mới gửi, chờ duyệt:")
                .contains("Huyện Mỏ Cày Nam: I.1 ")
                .contains("https://chuoigiatri.example.gov.vn/progress-reports/" + submitted.getId())
                .contains("VG-2018-030", "VG-2018-CL", "15/2018/HĐLK")
                .doesNotContain("đến hạn", "bị trả lại");

        // Once a day: a second run, on this server or another, sends nothing more.
        assertThat(job.send(TODAY)).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from reminder_digest where day = :d and sent_at is not null")
                        .param("d", TODAY)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aDayAnotherServerClaimedIsNotSentAgain() {
        long districtId = users.idOf("t-district").orElseThrow();
        jdbc.sql("insert into reminder_digest (user_id, day) values (:u, :d)")
                .param("u", districtId)
                .param("d", TODAY)
                .update();

        assertThat(job.send(TODAY)).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages())
                .extracting(ReminderEmailTest::address)
                .containsExactly("phong-ktht@so.test");
    }

    @Test
    void theNextDaySaysOnlyWhatIsNew() throws Exception {
        job.send(TODAY);
        SMTP.purgeEmailFromAllMailboxes();

        // The next day: the report still due (the last week of the quarter) and the certificate now 30 days from its
        // end; what was sent in or returned before yesterday's digest is not said again.
        assertThat(job.send(TODAY.plusDays(1))).isEqualTo(2);
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            String body = decoded(m);
            assertThat(body).contains("VG-2018-031").doesNotContain("VG-2018-030", "bị trả lại", "chờ duyệt");
            assertThat(body.contains("đến hạn ngày 30/09/2018"))
                    .isEqualTo(address(m).startsWith("xa-dinh-thuy"));
        }
    }

    private static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private void email(String username, String email) {
        users.setEmail(users.idOf(username).orElseThrow(), email);
    }

    private UnitScopedUser principal(String username) {
        return (UnitScopedUser) userDetails.loadUserByUsername(username);
    }

    private void certificate(Cooperative holder, String number, LocalDate validTo) {
        Certification c = new Certification(CertificationType.VIETGAP, Party.ofCooperative(holder));
        c.setNumber(number);
        c.setStatus(CertificationStatus.VALID);
        c.setValidFrom(LocalDate.of(2016, 1, 1));
        c.setValidTo(validTo);
        em.persist(c);
    }

    private ReportData report(long itemId, ReportPeriod period) {
        return new ReportData(
                0,
                itemId,
                f.province.moCayNam().getId(),
                period,
                new BigDecimal("40"),
                "Đang thực hiện.",
                null,
                null,
                Map.of());
    }
}

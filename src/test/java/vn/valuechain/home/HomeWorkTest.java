package vn.valuechain.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.party.Party;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ProgressReport;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ProgressReportService.ReportData;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;

/**
 * The home page's work for each role, and every line's count is the total of the list it opens: staff see the
 * reports to review, late and lapsing work and the chains that lost completeness; a local official their unit's due and
 * returned reports and certificates; leadership and the administrator the headline figures against last quarter.
 */
class HomeWorkTest extends WebTest {

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ProgressReportService reports;

    @Autowired
    RegistryData registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    EntityManager em;

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")); // the office's today (app.office-zone)
    PlanFixtures f;
    ProgressReport submitted;
    ProgressReport returned;
    ActionItem thisYear;
    Chain lostItsContract;

    @BeforeEach
    void setUp() {
        f = new PlanFixtures(data, plans, items);
        // An item of Mỏ Cày Nam with work this year, so that the quarter's report is due.
        thisYear = items.save(new ItemData(
                null,
                0,
                f.plan.getId(),
                f.common.getId(),
                "99",
                "Tập huấn kỹ thuật canh tác dừa hữu cơ",
                null,
                "200 lượt nông dân được tập huấn",
                "Năm " + today.getYear(),
                "UBND huyện Mỏ Cày Nam",
                null,
                null,
                null));
        UnitScopedUser district = principal("t-district");
        ReportPeriod q3 = new ReportPeriod(ReportPeriodType.QUARTER, 2018, 3);
        submitted = reports.create(report(f.allDistricts.getId(), q3), district, true);
        returned = reports.create(report(f.coconutContracts.getId(), q3), district, true);
        em.flush();
        reports.returnReport(
                returned.getId(), returned.getVersion(), "Thiếu danh sách THT đã ký.", principal("t-staff"));

        Cooperative moCay = registry.cooperative("HTX Dừa Định Thủy", f.province.dinhThuy());
        Cooperative choLach = registry.cooperative("HTX Bưởi Chợ Lách", f.province.choLach());
        certificate(moCay, "VG-20", today.plusDays(20));
        certificate(choLach, "VG-50", today.plusDays(50));
        certificate(moCay, "VG-70", today.plusDays(70));
        // A chain whose offtake contract ended five days ago: complete on fewer criteria than a month ago.
        lostItsContract = registry.chainWith(moCay, "Chuỗi dừa Định Thủy", f.province.moCayNam());
        LinkageContract ended = contract(moCay, "HĐ-HẾT", today.minusDays(5));
        ended.setChain(lostItsContract);
        contract(moCay, "HĐ-SẮP-HẾT", today.plusDays(40));
        em.flush();
    }

    @Test
    void staffSeeWhatWaitsForThemAndEachLineOpensItsList() throws Exception {
        Document home = page("/", "t-staff");
        assertThat(home.getElementById("district-work")).isNull();
        assertThat(home.getElementById("figures")).isNull();

        Element queue = line(home, "reviewQueue");
        assertThat(count(queue)).isEqualTo(1);
        assertThat(queue.select("a.work-title").attr("href"))
                .isEqualTo("/progress-reports?status=SUBMITTED&sort=submittedAt,asc");
        assertThat(queue.select("li a").attr("href")).isEqualTo("/progress-reports/" + submitted.getId());
        assertThat(queue.text()).contains("Huyện Mỏ Cày Nam", "Quý 3/2018");

        Element certificates = line(home, "certificates");
        assertThat(certificates.select("a.work-title").text()).isEqualTo("Chứng nhận hết hạn trong 60 ngày tới");
        assertThat(certificates.select("li").eachText())
                .hasSize(2)
                .anySatisfy(t -> assertThat(t).startsWith("VietGAP VG-20 HTX Dừa Định Thủy"))
                .anySatisfy(t -> assertThat(t).startsWith("VietGAP VG-50 HTX Bưởi Chợ Lách"));
        assertThat(line(home, "contracts").select("li").text())
                .contains("HĐ-SẮP-HẾT")
                .doesNotContain("HĐ-HẾT ");

        Element dropped = line(home, "dropped");
        assertThat(count(dropped)).isEqualTo(1);
        assertThat(dropped.select("li a").attr("href")).isEqualTo("/chains/" + lostItsContract.getId());
        assertThat(dropped.select("li").text()).contains("Chuỗi dừa Định Thủy");

        // II.1.4 names four companies the registry does not have: flagged for a person
        assertThat(line(home, "needsReview").select("li a").eachAttr("href"))
                .contains("/action-items/" + f.coconutContracts.getId());

        for (String key :
                List.of("reviewQueue", "overdue", "atRisk", "needsReview", "certificates", "contracts", "dropped")) {
            Element line = line(home, key);
            assertThat(total(page(line.select("a.work-title").attr("href"), "t-staff")))
                    .as("the list behind " + key)
                    .isEqualTo(count(line));
        }
        // the five counters stay
        assertThat(home.getElementById("count-chains").text()).isEqualTo("1");
        assertThat(home.getElementById("count-actionItems").text()).isEqualTo("4");
    }

    @Test
    void aLocalOfficialSeesWhatTheirUnitOwes() throws Exception {
        Document home = page("/", "t-district");
        assertThat(home.getElementById("staff-work")).isNull();

        Element due = line(home, "due");
        String quarter = "Quý " + ((today.getMonthValue() - 1) / 3 + 1) + "/" + today.getYear();
        assertThat(due.select("a.work-title").text()).contains(quarter);
        assertThat(due.select("li a").eachAttr("href"))
                .containsExactly("/action-items/" + thisYear.getId(), "/progress-reports/new?item=" + thisYear.getId());
        assertThat(due.select("a.work-title").attr("href")).isEqualTo("/my-items");

        Element back = line(home, "returned");
        assertThat(count(back)).isEqualTo(1);
        assertThat(back.select(".review-comment").text()).isEqualTo("Ý kiến người duyệt: Thiếu danh sách THT đã ký.");
        assertThat(back.select("li a").attr("href")).isEqualTo("/progress-reports/" + returned.getId() + "/edit");
        assertThat(total(page(back.select("a.work-title").attr("href"), "t-district")))
                .isEqualTo(1);

        // only their unit's certificates: not Chợ Lách's
        Element certificates = line(home, "unitCertificates");
        assertThat(certificates.select("li").text()).contains("VG-20").doesNotContain("VG-50", "VG-70");
        assertThat(total(page(certificates.select("a.work-title").attr("href"), "t-district")))
                .isEqualTo(count(certificates));
    }

    @Test
    void leadershipAndTheAdministratorSeeTheFiguresAgainstLastQuarter() throws Exception {
        for (String user : List.of("t-viewer", "t-admin")) {
            Document home = page("/", user);
            assertThat(home.getElementById("staff-work")).as(user).isNull();
            Element figures = home.getElementById("figures");
            assertThat(figures).as(user).isNotNull();
            Element chains = home.getElementById("figure-all");
            assertThat(chains.select("a").attr("href")).isEqualTo("/dashboard/chains?selection=all");
            assertThat(chains.select("td").eachText()).containsExactly("Chuỗi giá trị", "1", "1", "0");
            // the offtake contract was in force at the end of last quarter (it ended five days ago) unless that was
            // less than five days ago; either way the change is now minus then
            Element offtake = home.getElementById("figure-offtake");
            List<String> cells = offtake.select("td").eachText();
            assertThat(cells.get(0)).isEqualTo("Chuỗi có hợp đồng tiêu thụ");
            int before = Integer.parseInt(cells.get(1));
            int now = Integer.parseInt(cells.get(2).replace("/1", ""));
            assertThat(now).isZero();
            assertThat(cells.get(3)).isEqualTo(before == 0 ? "0" : "-1");
        }
    }

    private Document page(String url, String user) throws Exception {
        return Jsoup.parse(
                mvc.perform(get(url).with(as(user))).andReturn().getResponse().getContentAsString());
    }

    private static Element line(Document home, String key) {
        Element line = home.getElementById("work-" + key);
        assertThat(line).as(key).isNotNull();
        return line;
    }

    private static long count(Element line) {
        return Long.parseLong(line.select(".work-count").text());
    }

    /** "Tổng số: 12" under a list. */
    private static long total(Document list) {
        String text = list.text();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("Tổng số: ([\\d.]+)").matcher(text);
        assertThat(m.find()).as("a total on the list").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    private UnitScopedUser principal(String username) {
        return (UnitScopedUser) users.loadUserByUsername(username);
    }

    private ReportData report(long itemId, ReportPeriod period) {
        return new ReportData(
                0, itemId, f.province.moCayNam().getId(), period, new BigDecimal("40"), null, null, null, Map.of());
    }

    private void certificate(Cooperative holder, String number, LocalDate validTo) {
        Certification c = new Certification(CertificationType.VIETGAP, Party.ofCooperative(holder));
        c.setNumber(number);
        c.setStatus(CertificationStatus.VALID);
        c.setValidFrom(today.minusYears(2));
        c.setValidTo(validTo);
        em.persist(c);
    }

    private LinkageContract contract(Cooperative seller, String number, LocalDate endOn) {
        LinkageContract k = new LinkageContract(
                ContractType.OFFTAKE, Party.ofCooperative(seller), Party.ofHouseholds("Thương lái"));
        k.setNumber(number);
        k.setStatus(ContractStatus.SIGNED);
        k.setStartOn(today.minusYears(1));
        k.setEndOn(endOn);
        em.persist(k);
        return k;
    }
}

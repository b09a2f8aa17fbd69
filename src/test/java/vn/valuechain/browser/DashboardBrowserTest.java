package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.party.Party;
import vn.valuechain.support.Browser;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * The situation of the Hòa Bình report (seed 000): 23 linkage projects, of which 6 certified VietGAP/food
 * safety. The dashboard says "6/23" and clicking the 6 lists exactly those chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestData.class, RegistryData.class})
class DashboardBrowserTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_dashboard");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    RegistryData registry;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    Browser browser;
    Long province;

    @BeforeEach
    void setUp() {
        province = tx.execute(s -> {
            var hoaBinh = data.unit(AdministrativeLevel.PROVINCE, "17", "Tỉnh Hòa Bình", null);
            var lacThuy = data.unit(AdministrativeLevel.DISTRICT, "159", "Huyện Lạc Thủy", hoaBinh);
            data.user("hb-viewer", Role.VIEWER, null);
            for (int i = 1; i <= 23; i++) {
                Cooperative coop = registry.cooperative("HTX Lạc Thủy số " + i, lacThuy);
                Chain chain = registry.chainWith(coop, "Dự án liên kết Lạc Thủy số " + i, lacThuy);
                if (i <= 6) {
                    Certification c = new Certification(CertificationType.VIETGAP, Party.ofCooperative(coop));
                    c.setProduct(chain.getProduct());
                    c.setStatus(CertificationStatus.VALID);
                    c.setValidFrom(LocalDate.now().minusMonths(6));
                    c.setValidTo(LocalDate.now().plusYears(2));
                    em.persist(c);
                }
            }
            return hoaBinh.getId();
        });
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void sixOfTwentyThreeCertifiedAndTheSixAreListed() {
        browser.signIn("hb-viewer", TestData.PASSWORD);
        browser.open("/dashboard?unit=" + province);
        assertThat(browser.text()).contains("Số chuỗi có chứng nhận VietGAP/ATTP: 6/23");
        browser.screenshot("dashboard-6-of-23");

        browser.clickAndWaitForNextPage("#met-certified");
        String list = browser.text();
        for (int i = 1; i <= 6; i++) {
            assertThat(list).contains("Dự án liên kết Lạc Thủy số " + i + " Dừa");
        }
        assertThat(list).doesNotContain("Dự án liên kết Lạc Thủy số 7").contains("Tổng số: 6");
        browser.screenshot("dashboard-certified-6");

        browser.clickAndWaitForNextPage("#selection-title ~ p a");
        assertThat(browser.text()).contains("Tổng số: 17").contains("Thiếu:");
    }
}

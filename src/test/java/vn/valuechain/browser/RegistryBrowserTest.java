package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * The registry as a provincial officer uses it: a coconut chain in Mỏ Cày Nam with two cooperatives and an
 * enterprise, an offtake contract with two deliveries and a VietGAP certificate, all on the chain's page; the
 * cooperative found again by typing "mo cay"; and a district officer of another district refused the chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class RegistryBrowserTest {

    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_registry");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    Browser browser;

    @BeforeEach
    void setUp() {
        // Units of this test's own (codes unused elsewhere), committed: the browser works in other threads.
        tx.executeWithoutResult(s -> {
            var province =
                    data.unit(AdministrativeLevel.PROVINCE, "9083", "Tỉnh Bến Tre (thử nghiệm trình duyệt)", null);
            var moCayNam = data.unit(AdministrativeLevel.DISTRICT, "9836", "Huyện Mỏ Cày Nam", province);
            var baTri = data.unit(AdministrativeLevel.DISTRICT, "9831", "Huyện Ba Tri", province);
            data.unit(AdministrativeLevel.COMMUNE, "98001", "Xã An Định", moCayNam);
            data.unit(AdministrativeLevel.COMMUNE, "98002", "Xã Tân Trung", moCayNam);
            data.user("r-staff", Role.STAFF, null);
            data.user("r-batri", Role.DISTRICT, baTri);
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
    void staffRegisterAChainWithItsPartiesContractAndCertificate() {
        browser.signIn("r-staff", TestData.PASSWORD);

        cooperative("Hợp tác xã dừa An Định", "an dinh", "Xã An Định");
        cooperative("Hợp tác xã nông nghiệp Tân Trung", "tan trung", "Xã Tân Trung");

        browser.open("/enterprises/new");
        browser.type("name", "Công ty TNHH Chế biến dừa Thành Vinh");
        browser.type("taxCode", "1300123456");
        browser.choose("unitLabel", "mo cay", "Huyện Mỏ Cày Nam");
        browser.click("input[name='roles'][value='BUYER']");
        browser.submit();
        assertThat(browser.text()).contains("Công ty TNHH Chế biến dừa Thành Vinh");

        browser.open("/chains/new");
        browser.type("name", "Chuỗi liên kết dừa Mỏ Cày Nam");
        browser.selectText("productId", "Dừa");
        browser.select("status", "ACTIVE");
        browser.choose("unitIdsSearch", "mo cay nam", "Huyện Mỏ Cày Nam");
        browser.type("plannedOutput", "2000");
        browser.select("outputUnit", "TAN");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu chuỗi giá trị.", "Sơ đồ các khâu của chuỗi");
        String chainPage = browser.path();

        participant("COOPERATIVE", "cooperativeLabel", "an dinh", "Hợp tác xã dừa An Định", "PRODUCER", "PRODUCTION");
        participant(
                "COOPERATIVE",
                "cooperativeLabel",
                "tan trung",
                "Hợp tác xã nông nghiệp Tân Trung",
                "PRODUCER",
                "PRODUCTION");
        participant(
                "ENTERPRISE",
                "enterpriseLabel",
                "thanh vinh",
                "Công ty TNHH Chế biến dừa Thành Vinh",
                "BUYER",
                "CONSUMPTION");

        browser.clickAndWaitForNextPage("a[href^='/contracts/new?chain=']");
        browser.select("type", "OFFTAKE");
        browser.type("number", "01/2026/HĐTT-MCN");
        browser.select("sellerKind", "COOPERATIVE");
        browser.choose("sellerCooperativeLabel", "an dinh", "Hợp tác xã dừa An Định");
        browser.select("buyerKind", "ENTERPRISE");
        browser.choose("buyerEnterpriseLabel", "thanh vinh", "Công ty TNHH Chế biến dừa Thành Vinh");
        browser.type("signedOn", LocalDate.now().minusMonths(2).format(VN));
        browser.type("startOn", LocalDate.now().minusMonths(2).format(VN));
        browser.type("endOn", LocalDate.now().plusYears(1).format(VN));
        browser.type("volume", "500");
        browser.select("volumeUnit", "TAN");
        browser.submit();
        assertThat(browser.text()).contains("01/2026/HĐTT-MCN");
        delivery(LocalDate.now().minusMonths(1), "120");
        delivery(LocalDate.now().minusDays(3), "80");
        assertThat(browser.text()).contains("200");
        browser.screenshot("registry-contract");

        browser.open("/certifications/new");
        browser.select("type", "VIETGAP");
        browser.select("holderKind", "COOPERATIVE");
        browser.choose("cooperativeLabel", "an dinh", "Hợp tác xã dừa An Định");
        browser.selectText("productId", "Dừa");
        browser.type("number", "VietGAP-TT-2026-015");
        browser.type("validFrom", LocalDate.now().minusMonths(3).format(VN));
        browser.type("validTo", LocalDate.now().plusYears(2).format(VN));
        browser.submit();
        assertThat(browser.text()).contains("VietGAP-TT-2026-015");

        browser.open("/cooperatives?q=mo+cay");
        assertThat(browser.text()).contains("Hợp tác xã dừa An Định", "Hợp tác xã nông nghiệp Tân Trung");
        browser.screenshot("registry-cooperatives-mo-cay");

        browser.open(chainPage);
        browser.find("#scorecard");
        browser.find("#contracts-panel, [id^='contracts']");
        String page = browser.text();
        assertThat(page)
                .contains("Hợp tác xã dừa An Định", "Hợp tác xã nông nghiệp Tân Trung")
                .contains("Công ty TNHH Chế biến dừa Thành Vinh")
                .contains("01/2026/HĐTT-MCN")
                .contains("VietGAP-TT-2026-015")
                .contains("Lịch sử thay đổi");
        browser.screenshot("registry-chain-page");
        browser.signOut();

        browser.signIn("r-batri", TestData.PASSWORD);
        browser.open(chainPage);
        assertThat(browser.text()).contains("Không tìm thấy").doesNotContain("Chuỗi liên kết dừa Mỏ Cày Nam");
        browser.screenshot("registry-other-district-404");
    }

    private void cooperative(String name, String typed, String commune) {
        browser.open("/cooperatives/new");
        browser.type("name", name);
        browser.select("type", "HTX");
        browser.choose("unitLabel", typed, commune);
        browser.selectText("productId", "Dừa");
        browser.submit();
        assertThat(browser.text()).contains("Đã lưu hợp tác xã.", name);
    }

    private void participant(String kind, String pickerField, String typed, String label, String role, String stage) {
        browser.select("kind", kind);
        browser.choose(pickerField, typed, label);
        browser.select("role", role);
        browser.click("#participant-form input[name='stages'][value='" + stage + "']");
        browser.clickAndWaitForNextPage("#participant-form button[type=submit]");
        assertThat(browser.text()).contains("Đã thêm thành phần tham gia.");
    }

    private void delivery(LocalDate date, String volume) {
        browser.type("deliveredOn", date.format(VN));
        browser.type("volume", volume);
        browser.clickAndWaitForNextPage("#delivery-form button[type=submit]");
    }
}

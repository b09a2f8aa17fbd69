package vn.valuechain.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.support.Browser;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestDatabase;
import vn.valuechain.user.Role;

/**
 * Two people edit the same contract in two browsers: A saves a new volume, B (still on the old form) changes the
 * price terms and saves. B is shown what A changed with their own text still in the field, saves again, and
 * the record holds both changes. Then B records a delivery typed the Vietnamese way, "12,5" tấn, and sees twelve and
 * a half tấn and the fulfilment it makes of 1.500 tấn (0,8 %), not 125 tấn (a number field used to drop the comma).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestData.class)
class ContractEditBrowserTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerOwn(registry, "browser_contract_edit");
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    Browser a;
    Browser b;
    long contractId;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void setUp() {
        // Committed for real (the browsers work in other threads); names unique to this test.
        contractId = tx.execute(s -> {
            data.user("b-contract-a", Role.STAFF, null);
            data.user("b-contract-b", Role.STAFF, null);
            Cooperative seller =
                    new Cooperative(CooperativeType.HTX, "HTX Dừa Thành Thới B", CooperativeStatus.EXISTING);
            em.persist(seller);
            Enterprise buyer = new Enterprise("Công ty CP Xuất khẩu Dừa Thành Thới");
            em.persist(buyer);
            LinkageContract c =
                    new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(seller), Party.ofEnterprise(buyer));
            c.setNumber("BT-HĐ-2026/09");
            c.setStatus(ContractStatus.SIGNED);
            c.setSignedOn(today.minusMonths(2));
            c.setStartOn(today.minusMonths(2));
            c.setEndOn(today.plusMonths(10));
            c.setVolume(new BigDecimal("1000"));
            c.setVolumeUnit(MeasureUnit.TAN);
            c.setPriceTerms("Giá thị trường");
            em.persist(c);
            return c.getId();
        });
        String base = "http://localhost:" + port;
        a = new Browser(base);
        b = new Browser(base);
    }

    @AfterEach
    void tearDown() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void twoBrowsersEditingTheSameContractLoseNothing() {
        String edit = "/contracts/" + contractId + "/edit";
        a.signIn("b-contract-a", TestData.PASSWORD);
        b.signIn("b-contract-b", TestData.PASSWORD);
        a.open(edit);
        b.open(edit);

        a.type("volume", "1500");
        a.submit();
        assertThat(a.path()).isEqualTo("/contracts/" + contractId);
        assertThat(a.text()).contains("Đã lưu hợp đồng.", "1.500 tấn");

        b.type("priceTerms", "Giá sàn 3.000 đ/trái, thu mua tại vườn");
        b.submit();
        assertThat(b.text())
                .contains("Dữ liệu đã bị người khác thay đổi", "b-contract-a", "Khối lượng hợp đồng: 1.000 → 1.500");
        assertThat(b.find("[name='priceTerms']").getDomProperty("value"))
                .isEqualTo("Giá sàn 3.000 đ/trái, thu mua tại vườn");
        assertThat(b.find("[name='volume']").getDomProperty("value")).isEqualTo("1500");
        b.screenshot("contract-edit-conflict");

        b.submit();
        assertThat(b.path()).isEqualTo("/contracts/" + contractId);
        assertThat(b.text())
                .contains("Đã lưu hợp đồng.", "1.500 tấn", "Giá sàn 3.000 đ/trái, thu mua tại vườn")
                .contains("Lịch sử thay đổi", "b-contract-a", "b-contract-b");

        b.type("deliveredOn", today.format(DMY));
        b.type("volume", "12,5");
        b.type("note", "Đợt 1 – dừa khô");
        b.clickAndWaitForNextPage("#delivery-form button[type=submit]");
        assertThat(b.text()).contains("Đã thêm đợt giao hàng.", "Đợt 1 – dừa khô", "12,5 tấn", "0,8%");
        b.screenshot("contract-record");

        b.open("/contracts?q=thanh thoi");
        assertThat(b.text()).contains("BT-HĐ-2026/09", "Đang hiệu lực", "0,8%", "Tổng số: 1");
        b.screenshot("contract-list");
    }
}

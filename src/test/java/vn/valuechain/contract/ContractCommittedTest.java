package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.shared.history.StaleEditDetails;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * What needs real commits: the change history (Envers writes it when a transaction commits), a stale edit
 * refused against it, and a delete the database's foreign key refuses (which ends its transaction). Each
 * request runs in its own transaction, as in the application; names are unique to this class, since the
 * data stays in the test database.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@OwnDatabase
class ContractCommittedTest extends WebTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    Cooperative seller;
    Enterprise buyer;
    long contractId;
    long renewedId;
    /** The contract's version once set up (its renewal was saved after its insert). */
    long v0;

    String suffix;

    @BeforeEach
    void setUp() {
        suffix = Long.toString(System.nanoTime(), 36);
        tx.executeWithoutResult(s -> {
            if (em.createQuery("select count(u) from AppUser u where u.username = 'k-staff-a'", Long.class)
                            .getSingleResult()
                    == 0) {
                data.user("k-staff-a", Role.STAFF, null);
                data.user("k-staff-b", Role.STAFF, null);
            }
            ContractFixtures f = new ContractFixtures(em);
            seller = f.cooperative("HTX Dừa Tân Trung " + suffix, null);
            buyer = f.enterprise("Công ty TNHH Dừa Sáp " + suffix, null);
            LinkageContract earlier = f.offtake(
                    "K-CU-" + suffix,
                    Party.ofCooperative(seller),
                    Party.ofEnterprise(buyer),
                    null,
                    today.minusYears(2),
                    today.minusYears(1),
                    "500");
            LinkageContract contract = f.offtake(
                    "K-" + suffix,
                    Party.ofCooperative(seller),
                    Party.ofEnterprise(buyer),
                    null,
                    today.minusMonths(1),
                    today.plusYears(1),
                    "1000");
            contract.setRenews(earlier);
            contract.setPriceTerms("Giá thị trường");
            em.flush();
            contractId = contract.getId();
            renewedId = earlier.getId();
        });
        v0 = tx.execute(s -> em.find(LinkageContract.class, contractId).getVersion());
    }

    @Test
    void aSecondEditorIsShownTheFirstOnesChangeAndLosesNothing() throws Exception {
        // Both open the form at the same version; A saves a new volume first.
        mvc.perform(edit(v0, "2000", "Giá thị trường").with(as("k-staff-a"))).andExpect(status().is3xxRedirection());

        // B changed the price terms and saves on the old version: refused, with A's change shown.
        var refused = mvc.perform(edit(v0, "1000", "Giá sàn 3.000 đ/trái").with(as("k-staff-b")))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Dữ liệu đã bị người khác thay đổi"),
                                containsString("k-staff-a"),
                                containsString("Khối lượng hợp đồng"),
                                containsString("2.000"),
                                containsString("3.000 đ/tr"))))
                .andReturn();
        Map<String, Object> model = refused.getModelAndView().getModel();
        StaleEditDetails conflict = (StaleEditDetails) model.get("conflict");
        assertThat(conflict.username()).isEqualTo("k-staff-a");
        assertThat(conflict.changes()).extracting(c -> c.field()).containsExactly("volume");
        // What B typed is kept, what B left alone now shows A's value, and the version is the current one.
        assertThat(model.get("contractForm"))
                .hasFieldOrPropertyWithValue("priceTerms", "Giá sàn 3.000 đ/trái")
                .hasFieldOrPropertyWithValue("volume", new java.math.BigDecimal("2000"))
                .hasFieldOrPropertyWithValue("version", v0 + 1)
                .hasFieldOrPropertyWithValue("renewsId", renewedId)
                .hasFieldOrPropertyWithValue("sellerCooperativeLabel", seller.getName());

        // B saves again from that form: both changes are in the record.
        mvc.perform(edit(v0 + 1, "2000", "Giá sàn 3.000 đ/trái").with(as("k-staff-b")))
                .andExpect(status().is3xxRedirection());
        LinkageContract saved = tx.execute(s -> em.find(LinkageContract.class, contractId));
        assertThat(saved.getVolume()).isEqualByComparingTo("2000");
        assertThat(saved.getPriceTerms()).isEqualTo("Giá sàn 3.000 đ/trái");
        assertThat(saved.getVersion()).isEqualTo(v0 + 2);
    }

    @Test
    void bothEditorsChangingTheSameFieldKeepsWhatTheSecondTyped() throws Exception {
        mvc.perform(edit(v0, "1500", "Giá thị trường").with(as("k-staff-a"))).andExpect(status().is3xxRedirection());
        var refused = mvc.perform(edit(v0, "1200", "Giá thị trường").with(as("k-staff-b")))
                .andExpect(status().isConflict())
                .andReturn();
        assertThat(refused.getModelAndView().getModel().get("contractForm"))
                .hasFieldOrPropertyWithValue("volume", new java.math.BigDecimal("1200"));
    }

    @Test
    void aRenewedContractIsNotDeletedAndThePageSaysWhy() throws Exception {
        mvc.perform(post("/contracts/" + renewedId + "/delete")
                        .with(as("k-staff-a"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Không thể xóa hợp đồng này:"),
                                containsString("một hợp đồng khác được ghi là gia hạn hợp đồng này"),
                                containsString("K-CU-" + suffix))));
        LinkageContract stillThere = tx.execute(s -> em.find(LinkageContract.class, renewedId));
        assertThat(stillThere).isNotNull();
        // Once nothing renews it, it goes.
        mvc.perform(post("/contracts/" + contractId + "/delete")
                        .with(as("k-staff-a"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/contracts/" + renewedId + "/delete")
                        .with(as("k-staff-a"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theHistoryShowsEditsAndDeliveriesAddedAndDeleted() throws Exception {
        mvc.perform(edit(v0, "1000", "Giá sàn").with(as("k-staff-a"))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/contracts/" + contractId + "/deliveries")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "120.5")
                        .param("note", "Đợt một")
                        .with(as("k-staff-b"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long deliveryId = tx.execute(
                s -> em.createQuery("select d.id from ContractDelivery d where d.contract.id = :id", Long.class)
                        .setParameter("id", contractId)
                        .getSingleResult());
        mvc.perform(post("/contracts/" + contractId + "/deliveries/" + deliveryId + "/delete")
                        .with(as("k-staff-a"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        // The delivery did not make the contract's version move (no one's open form went stale).
        Long version =
                tx.execute(s -> em.find(LinkageContract.class, contractId).getVersion());
        assertThat(version).isEqualTo(v0 + 1);
        String html = mvc.perform(get("/contracts/" + contractId).with(as("k-staff-a")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String history = html.substring(html.indexOf("id=\"history\""));
        assertThat(history)
                .contains("Điều khoản giá", "Giá sàn")
                .contains("Đợt giao hàng: ngày giao", today.format(DMY), "Đợt giao hàng: khối lượng", "120,5")
                .contains("k-staff-b", "Tạo mới", "Xóa", "Sửa");
        // Newest first: the delivery's deletion, its creation, the contract's edit.
        assertThat(history.indexOf("Xóa")).isLessThan(history.indexOf("Tạo mới"));
    }

    @Test
    void recordsImportedWithoutHistoryAreNamedAsTheyAreNow() throws Exception {
        // A chain and a cooperative written in SQL (as seeds are) have no audited state for the history to show.
        Long[] ids = tx.execute(s -> new Long[] {
            ((Number) em.createNativeQuery("insert into chain (name, product_id, status) select 'Chuỗi nhập từ tệp "
                                    + suffix + "', id, 'ACTIVE' from product where name = 'Dừa' returning id")
                            .getSingleResult())
                    .longValue(),
            ((Number) em.createNativeQuery(
                                    "insert into cooperative (type, name, status) values ('HTX', 'HTX nhập từ tệp "
                                            + suffix + "', 'EXISTING') returning id")
                            .getSingleResult())
                    .longValue()
        });
        String location = mvc.perform(post("/contracts/new")
                        .with(csrf())
                        .with(as("k-staff-a"))
                        .param("type", "OFFTAKE")
                        .param("number", "K-NHAP-" + suffix)
                        .param("chainId", ids[0].toString())
                        .param("sellerKind", "COOPERATIVE")
                        .param("sellerCooperativeId", ids[1].toString())
                        .param("buyerKind", "ENTERPRISE")
                        .param("buyerEnterpriseId", buyer.getId().toString())
                        .param("status", "SIGNED")
                        .param("volume", "10")
                        .param("volumeUnit", "TAN"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = mvc.perform(get(location).with(as("k-staff-b")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html.substring(html.indexOf("id=\"history\"")))
                .contains("Chuỗi nhập từ tệp " + suffix, "HTX nhập từ tệp " + suffix);
    }

    private MockHttpServletRequestBuilder edit(long version, String volume, String priceTerms) {
        return post("/contracts/" + contractId + "/edit")
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("type", "OFFTAKE")
                .param("number", "K-" + suffix)
                .param("sellerKind", "COOPERATIVE")
                .param("sellerCooperativeId", seller.getId().toString())
                .param("sellerCooperativeLabel", seller.getName())
                .param("buyerKind", "ENTERPRISE")
                .param("buyerEnterpriseId", buyer.getId().toString())
                .param("buyerEnterpriseLabel", buyer.getName())
                .param("signedOn", today.minusMonths(1).minusDays(10).format(DMY))
                .param("startOn", today.minusMonths(1).format(DMY))
                .param("endOn", today.plusYears(1).format(DMY))
                .param("status", "SIGNED")
                .param("volume", volume)
                .param("volumeUnit", "TAN")
                .param("priceTerms", priceTerms)
                .param("renewsId", String.valueOf(renewedId))
                .param("renewsLabel", "K-CU-" + suffix);
    }
}

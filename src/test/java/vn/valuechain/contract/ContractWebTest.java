package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The contract pages with the real security configuration, as each role: who may read, who may save, and what a
 * DISTRICT user of Mỏ Cày Nam may see (their chain's contracts and their cooperatives', not Chợ Lách's).
 */
class ContractWebTest extends WebTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> ROLES = List.of("t-admin", "t-staff", "t-district", "t-viewer");

    @Autowired
    EntityManager em;

    Province province;
    LocalDate today;
    Product coconut;
    Cooperative dinhThuyCoop;
    Cooperative choLachCoop;
    Enterprise processor;
    Chain moCayChain;
    /** Mỏ Cày Nam's cooperative sells to the processor, in Mỏ Cày Nam's chain; two deliveries. */
    LinkageContract ours;
    /** Chợ Lách's cooperative sells to the processor, no chain: outside the DISTRICT user's reach. */
    LinkageContract theirs;

    LinkageContract renewed;
    ContractDelivery firstDelivery;

    @BeforeEach
    void setUp() {
        province = data.provinceWithUsers();
        ContractFixtures f = new ContractFixtures(em);
        today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        coconut = f.product("Dừa");
        dinhThuyCoop = f.cooperative("HTX Dừa Định Thủy", province.dinhThuy());
        choLachCoop = f.cooperative("HTX Bưởi Chợ Lách", province.choLach());
        processor = f.enterprise("Công ty CP Chế biến Dừa Lương Quới", province.benTre());
        moCayChain = f.chain("Chuỗi dừa hữu cơ Mỏ Cày Nam", coconut, province.moCayNam());
        ours = f.offtake(
                "HĐ-01/2026/DT-LQ",
                Party.ofCooperative(dinhThuyCoop),
                Party.ofEnterprise(processor),
                moCayChain,
                today.minusMonths(2),
                today.plusMonths(10),
                "1200");
        firstDelivery = f.delivery(ours, today.minusMonths(1), "650.5");
        f.delivery(ours, today.minusDays(3), "500");
        theirs = f.offtake(
                "HĐ-CL-07",
                Party.ofCooperative(choLachCoop),
                Party.ofEnterprise(processor),
                null,
                today.minusYears(2),
                today.minusYears(1),
                "80");
        renewed = f.offtake(
                "HĐ-00/2024/DT-LQ",
                Party.ofCooperative(dinhThuyCoop),
                Party.ofEnterprise(processor),
                moCayChain,
                today.minusYears(2),
                today.minusMonths(3),
                null);
        ours.setRenews(renewed);
        em.flush();
        // Each request loads what it needs afresh, as it would in its own transaction.
        em.clear();
    }

    // ---- who may do what ----------------------------------------------------------------------------------

    static Stream<Arguments> everyRole() {
        return ROLES.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} reads the list, a record, the pickers and the panels")
    @MethodSource("everyRole")
    void everyRoleReads(String user) throws Exception {
        for (String page : List.of(
                "/contracts",
                "/contracts/" + ours.getId(),
                "/contracts/search?q=dinh+thuy&field=renewsId",
                "/contracts/panel?cooperative=" + dinhThuyCoop.getId(),
                "/contracts/panel?chain=" + moCayChain.getId())) {
            mvc.perform(get(page).with(as(user))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest(name = "{0} opens another unit's contract by URL")
    @MethodSource("everyRole")
    void onlyTheDistrictUserIsKeptFromAnotherUnitsContract(String user) throws Exception {
        mvc.perform(get("/contracts/" + theirs.getId()).with(as(user)))
                .andExpect(user.equals("t-district") ? status().isNotFound() : status().isOk());
    }

    @Test
    void aContractOfTheDistrictsChainIsTheirsEvenWithPartiesElsewhere() throws Exception {
        ContractFixtures f = new ContractFixtures(em);
        LinkageContract viaChain = f.offtake(
                "HĐ-CHUOI-MCN",
                Party.ofCooperative(choLachCoop),
                Party.ofEnterprise(processor),
                moCayChain,
                today.minusMonths(1),
                null,
                null);
        em.flush();
        mvc.perform(get("/contracts/" + viaChain.getId()).with(as("t-district")))
                .andExpect(status().isOk());
        mvc.perform(get("/contracts").with(as("t-district")))
                .andExpect(content()
                        .string(allOf(
                                containsString("HĐ-01/2026/DT-LQ"),
                                containsString("HĐ-CHUOI-MCN"),
                                not(containsString("HĐ-CL-07")))));
    }

    @Test
    void aDistrictUsersPanelsAndPickerLeaveOutOtherUnitsContracts() throws Exception {
        // The processor is registered at the province: out of the district's reach, its panel is a 404 as its page
        // is; the district's own contract with it shows in the district's cooperative's panel.
        mvc.perform(get("/contracts/panel?enterprise=" + processor.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + processor.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/panel?cooperative=" + dinhThuyCoop.getId()).with(as("t-district")))
                .andExpect(
                        content().string(allOf(containsString("HĐ-01/2026/DT-LQ"), not(containsString("HĐ-CL-07")))));
        for (String user : List.of("t-admin", "t-staff", "t-viewer")) {
            mvc.perform(get("/contracts/panel?enterprise=" + processor.getId()).with(as(user)))
                    .andExpect(content().string(allOf(containsString("HĐ-01/2026/DT-LQ"), containsString("HĐ-CL-07"))));
        }
        mvc.perform(get("/contracts/search?q=hd&field=renewsId").with(as("t-district")))
                .andExpect(content().string(not(containsString("HĐ-CL-07"))));
    }

    static Stream<Arguments> formPagesByRole() {
        return ROLES.stream().flatMap(user -> Stream.of("/new", "/ID/edit").map(page -> Arguments.of(user, page)));
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @MethodSource("formPagesByRole")
    void onlyAdminAndStaffOpenTheForms(String user, String page) throws Exception {
        mvc.perform(get("/contracts" + page.replace("ID", ours.getId().toString()))
                        .with(as(user)))
                .andExpect(editor(user) ? status().isOk() : status().isForbidden());
    }

    static Stream<Arguments> postsByRole() {
        return ROLES.stream()
                .flatMap(user -> Stream.of("create", "edit", "delete", "addDelivery", "deleteDelivery")
                        .map(action -> Arguments.of(user, action)));
    }

    @ParameterizedTest(name = "{0} POST {1}")
    @MethodSource("postsByRole")
    void onlyAdminAndStaffSave(String user, String action) throws Exception {
        MockHttpServletRequestBuilder request = switch (action) {
            case "create" -> valid(post("/contracts/new")).param("number", "HĐ-MOI-" + user);
            case "edit" ->
                valid(post("/contracts/" + ours.getId() + "/edit"))
                        .param("number", "HĐ-01/2026/DT-LQ")
                        .param("version", String.valueOf(ours.getVersion()));
            case "delete" -> post("/contracts/" + theirs.getId() + "/delete");
            case "addDelivery" ->
                post("/contracts/" + ours.getId() + "/deliveries")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "12.5");
            default -> post("/contracts/" + ours.getId() + "/deliveries/" + firstDelivery.getId() + "/delete");
        };
        mvc.perform(request.with(as(user)).with(csrf()))
                .andExpect(editor(user) ? status().is3xxRedirection() : status().isForbidden());
    }

    @Test
    void aDistrictUserIsRefusedBeforeTheirUnitIsEvenLookedAt() throws Exception {
        // Another unit's contract: the URL rule answers first (403), so nothing about the record is revealed.
        mvc.perform(post("/contracts/" + theirs.getId() + "/delete")
                        .with(as("t-district"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void idsOutOfReachOrUnknownAreNotFound() throws Exception {
        mvc.perform(get("/contracts/999999999").with(as("t-admin"))).andExpect(status().isNotFound());
        mvc.perform(valid(post("/contracts/new"), "sellerCooperativeId", "999999999")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/contracts/" + theirs.getId() + "/deliveries/" + firstDelivery.getId() + "/delete")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/new?chain=999999999").with(as("t-staff"))).andExpect(status().isNotFound());
    }

    // ---- the form -----------------------------------------------------------------------------------------

    @Test
    void aStaffUserRecordsAContractBetweenHouseholdsAndAnEnterprise() throws Exception {
        String location = mvc.perform(post("/contracts/new")
                        .param("type", "OFFTAKE")
                        .param("number", "HĐ-12/2026/MD")
                        .param("chainId", moCayChain.getId().toString())
                        .param("productId", coconut.getId().toString())
                        .param("sellerKind", "HOUSEHOLDS")
                        .param("sellerHouseholdsName", "Các hộ trồng dừa xã Minh Đức")
                        .param("buyerKind", "ENTERPRISE")
                        .param("buyerEnterpriseId", processor.getId().toString())
                        .param("signedOn", today.minusDays(20).format(DMY))
                        .param("startOn", today.minusDays(15).format(DMY))
                        .param("status", "SIGNED")
                        .param("volume", "300")
                        .param("volumeUnit", "TAN")
                        .param("priceTerms", "Giá sàn 3.000 đ/trái")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/contracts/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Hợp đồng số HĐ-12/2026/MD"),
                                containsString("Các hộ trồng dừa xã Minh Đức"),
                                containsString("Công ty CP Chế biến Dừa Lương Quới"),
                                containsString("Chuỗi dừa hữu cơ Mỏ Cày Nam"),
                                containsString("Đang hiệu lực"),
                                containsString("Giá sàn 3.000 đ/trái"),
                                containsString("Chưa có đợt giao hàng nào."))));
    }

    @Test
    void aNewContractForAChainHasTheChainAndItsProductChosen() throws Exception {
        var result = mvc.perform(
                        get("/contracts/new?chain=" + moCayChain.getId()).with(as("t-staff")))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getModelAndView().getModel().get("contractForm"))
                .hasFieldOrPropertyWithValue("chainId", moCayChain.getId())
                .hasFieldOrPropertyWithValue("productId", coconut.getId())
                .hasFieldOrPropertyWithValue("chainLabel", "Chuỗi dừa hữu cơ Mỏ Cày Nam");
    }

    @Test
    void mistakesAreShownAtTheirFieldsInVietnamese() throws Exception {
        mvc.perform(post("/contracts/new")
                        .param("type", "OFFTAKE")
                        .param("number", "hđ-01/2026/dt-lq") // the same number, other case
                        .param("sellerKind", "COOPERATIVE")
                        .param("buyerKind", "HOUSEHOLDS")
                        .param("buyerHouseholdsName", " ")
                        .param("startOn", "01/03/2026")
                        .param("endOn", "28/02/2026")
                        .param("signedOn", "20/02/2026")
                        .param("status", "TERMINATED")
                        .param("volume", "-5")
                        .param("priceTerms", "Giá theo thị trường")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "number", "contract.number.taken"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "contractForm", "sellerCooperativeId", "contract.party.cooperative.required"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "contractForm", "buyerHouseholdsName", "validation.required"))
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "endOn", "validation.endBeforeStart"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "contractForm", "statusChangedOn", "contract.statusChangedOn.required"))
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "volume", "DecimalMin"))
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "volumeUnit", "validation.unit.required"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Số hợp đồng này đã được dùng cho một hợp đồng khác."),
                                containsString("Hãy gõ tên rồi chọn một hợp tác xã trong danh sách gợi ý."),
                                containsString("Ngày kết thúc không được trước ngày bắt đầu."),
                                containsString("Hãy nhập ngày chấm dứt hoặc phá vỡ hợp đồng."),
                                containsString("Không được nhỏ hơn 0."),
                                containsString("Hãy chọn đơn vị tính."),
                                // what was typed stays in the form
                                containsString("theo thị trường"))));
    }

    @Test
    void aBadDateAndTheSamePartyOnBothSidesAreRefused() throws Exception {
        mvc.perform(post("/contracts/new")
                        .param("type", "OFFTAKE")
                        .param("sellerKind", "ENTERPRISE")
                        .param("sellerEnterpriseId", processor.getId().toString())
                        .param("buyerKind", "ENTERPRISE")
                        .param("buyerEnterpriseId", processor.getId().toString())
                        .param("startOn", "31/02/2026")
                        .param("status", "BROKEN")
                        .param("signedOn", "10/01/2026")
                        .param("statusChangedOn", "01/01/2026")
                        .with(as("t-admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "startOn", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "buyerKind", "contract.party.same"))
                .andExpect(model().attributeHasFieldErrorCode(
                                "contractForm", "statusChangedOn", "contract.statusChangedOn.beforeSigned"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Ngày không hợp lệ"),
                                containsString("Bên mua và bên bán phải là hai đơn vị khác nhau."),
                                containsString("Ngày chấm dứt hoặc phá vỡ không được trước ngày ký."))));
    }

    @Test
    void aContractCannotRenewItselfThroughItsRenewals() throws Exception {
        // "ours" renews "renewed"; making "renewed" renew "ours" would close the loop.
        mvc.perform(valid(post("/contracts/" + renewed.getId() + "/edit"))
                        .param("number", "HĐ-00/2024/DT-LQ")
                        .param("version", String.valueOf(renewed.getVersion()))
                        .param("renewsId", ours.getId().toString())
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "renewsLabel", "contract.renews.loop"));
    }

    @Test
    void anEditSavesAndTerminationDateIsKeptOnlyForEndedContracts() throws Exception {
        mvc.perform(valid(post("/contracts/" + ours.getId() + "/edit"), "volume", "1500")
                        .param("number", "HĐ-01/2026/DT-LQ")
                        .param("version", String.valueOf(ours.getVersion()))
                        .param("statusChangedOn", today.format(DMY))
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        LinkageContract saved = em.find(LinkageContract.class, ours.getId());
        assertThat(saved.getVolume()).isEqualByComparingTo("1500");
        assertThat(saved.getStatusChangedOn()).isNull();
        assertThat(saved.getRenews()).isNull(); // the form sent no renewal
        assertThat(saved.getDeliveries()).hasSize(2);
    }

    // ---- the record page ------------------------------------------------------------------------------------

    @Test
    void theRecordPageShowsPartiesDeliveriesFulfilmentAndRenewals() throws Exception {
        mvc.perform(get("/contracts/" + ours.getId()).with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/cooperatives/" + dinhThuyCoop.getId() + "\""),
                                containsString("href=\"/enterprises/" + processor.getId() + "\""),
                                containsString("href=\"/chains/" + moCayChain.getId() + "\""),
                                containsString("1.200"), // contracted, tấn
                                containsString("1.150,5"), // 650,5 + 500 delivered
                                containsString("95,9%"), // 1 150,5 ÷ 1 200
                                containsString("width: 95%"),
                                containsString("HĐ-00/2024/DT-LQ"),
                                containsString("Lịch sử thay đổi"),
                                not(containsString("delivery-form")), // a VIEWER cannot add deliveries
                                not(containsString("/edit")))));
        mvc.perform(get("/contracts/" + renewed.getId()).with(as("t-staff")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Được gia hạn bằng"),
                                containsString("href=\"/contracts/" + ours.getId() + "\""),
                                containsString("Đã hết hạn"),
                                containsString("Không xác định: hợp đồng chưa ghi khối lượng"),
                                containsString("delivery-form"))));
    }

    @Test
    void aDeliveryIsAddedAndItsDateCannotPrecedeTheStart() throws Exception {
        mvc.perform(post("/contracts/" + ours.getId() + "/deliveries")
                        .param("deliveredOn", today.minusMonths(3).format(DMY))
                        .param("volume", "-1")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "deliveryForm", "deliveredOn", "contract.delivery.beforeStart"))
                .andExpect(model().attributeHasFieldErrorCode("deliveryForm", "volume", "DecimalMin"))
                .andExpect(content()
                        .string(containsString("Ngày giao không được trước ngày hợp đồng bắt đầu ("
                                + today.minusMonths(2).format(DMY) + ").")));
        mvc.perform(post("/contracts/" + ours.getId() + "/deliveries")
                        .param("deliveredOn", today.format(DMY))
                        .param("volume", "49.5")
                        .param("note", "Đợt 3")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/contracts/" + ours.getId()).with(as("t-staff")))
                .andExpect(content()
                        .string(allOf(containsString("Đợt 3"), containsString("1.200"), containsString("100%"))));
        mvc.perform(post("/contracts/" + ours.getId() + "/deliveries")
                        .param("deliveredOn", today.plusDays(2).format(DMY))
                        .param("volume", "1")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("deliveryForm", "deliveredOn", "PastOrPresent"));
    }

    @Test
    void aDeliveryIsDeleted() throws Exception {
        mvc.perform(post("/contracts/" + ours.getId() + "/deliveries/" + firstDelivery.getId() + "/delete")
                        .with(as("t-admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        assertThat(em.find(ContractDelivery.class, firstDelivery.getId())).isNull();
    }

    @Test
    void aContractIsDeletedWithItsDeliveries() throws Exception {
        mvc.perform(post("/contracts/" + ours.getId() + "/delete")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        assertThat(em.find(LinkageContract.class, ours.getId())).isNull();
        assertThat(em.find(ContractDelivery.class, firstDelivery.getId())).isNull();
    }

    // ---- the list and the panels --------------------------------------------------------------------------

    @Test
    void theListFindsContractsByNumberOrPartyWithoutAccents() throws Exception {
        mvc.perform(get("/contracts?q=luong quoi").with(as("t-staff")))
                .andExpect(content().string(allOf(containsString("HĐ-01/2026/DT-LQ"), containsString("HĐ-CL-07"))));
        mvc.perform(get("/contracts?q=cho lach").with(as("t-staff")))
                .andExpect(
                        content().string(allOf(containsString("HĐ-CL-07"), not(containsString("HĐ-01/2026/DT-LQ")))));
        mvc.perform(get("/contracts?q=hd-01/2026").with(as("t-staff")))
                .andExpect(
                        content().string(allOf(containsString("HĐ-01/2026/DT-LQ"), not(containsString("HĐ-CL-07")))));
    }

    @Test
    void theListFiltersByDateInForceUnitChainAndType() throws Exception {
        String q = "&q=luong quoi";
        mvc.perform(get("/contracts?inForceOn=" + today.format(DMY) + q).with(as("t-staff")))
                .andExpect(content()
                        .string(allOf(
                                containsString("HĐ-01/2026/DT-LQ"),
                                not(containsString("HĐ-CL-07")),
                                not(containsString("HĐ-00/2024/DT-LQ")))));
        mvc.perform(get("/contracts?inForceOn="
                                + today.minusYears(1).minusMonths(2).format(DMY) + q)
                        .with(as("t-staff")))
                .andExpect(content().string(allOf(containsString("HĐ-CL-07"), containsString("HĐ-00/2024/DT-LQ"))));
        mvc.perform(get("/contracts?unitId=" + province.choLach().getId() + q).with(as("t-staff")))
                .andExpect(
                        content().string(allOf(containsString("HĐ-CL-07"), not(containsString("HĐ-01/2026/DT-LQ")))));
        mvc.perform(get("/contracts?chainId=" + moCayChain.getId() + q).with(as("t-staff")))
                .andExpect(content()
                        .string(allOf(
                                containsString("HĐ-01/2026/DT-LQ"),
                                containsString("HĐ-00/2024/DT-LQ"),
                                not(containsString("HĐ-CL-07")))));
        mvc.perform(get("/contracts?type=INPUT_SUPPLY" + q).with(as("t-staff")))
                .andExpect(content().string(not(containsString("HĐ-01/2026/DT-LQ"))));
        // A mistyped date is shown at the field, and the list is not filtered by it.
        mvc.perform(get("/contracts?inForceOn=31/02/2026" + q).with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm"),
                                containsString("value=\"31/02/2026\""),
                                containsString("HĐ-CL-07"))));
        mvc.perform(get("/contracts?inForceOn=" + today.getDayOfMonth() + "/" + today.getMonthValue() + "/"
                                + today.getYear() + q)
                        .with(as("t-staff")))
                .andExpect(
                        content().string(allOf(containsString("HĐ-01/2026/DT-LQ"), not(containsString("HĐ-CL-07")))));
    }

    @Test
    void theListShowsEachContractsStateDeliveriesAndFulfilment() throws Exception {
        mvc.perform(get("/contracts?q=luong quoi&sort=number,asc").with(as("t-viewer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tổng số: 3"),
                                containsString("Đang hiệu lực"),
                                containsString("Đã hết hạn"),
                                containsString("1.150,5"),
                                containsString("95,9%"),
                                containsString("Không xác định: hợp đồng chưa ghi khối lượng"))));
        // A sort the list does not offer falls back to the default instead of failing.
        mvc.perform(get("/contracts?sort=seller.cooperative.name,asc").with(as("t-viewer")))
                .andExpect(status().isOk());
    }

    @Test
    void aChainsPanelGroupsItsContractsByState() throws Exception {
        ContractFixtures f = new ContractFixtures(em);
        LinkageContract broken = f.offtake(
                "HĐ-PV-01",
                Party.ofHouseholds("Tổ hộ dừa ấp Phước Hậu"),
                Party.ofEnterprise(processor),
                moCayChain,
                today.minusMonths(6),
                null,
                "10");
        broken.setStatus(ContractStatus.BROKEN);
        broken.setStatusChangedOn(today.minusMonths(1));
        em.flush();
        String html = mvc.perform(
                        get("/contracts/panel?chain=" + moCayChain.getId()).with(as("t-district")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Đang hiệu lực", "Đã kết thúc", "Bị phá vỡ");
        assertThat(html.indexOf("data-group=\"IN_FORCE\""))
                .isLessThan(html.indexOf("HĐ-01/2026/DT-LQ"))
                .isLessThan(html.indexOf("data-group=\"ENDED\""));
        assertThat(html.indexOf("data-group=\"ENDED\"")).isLessThan(html.indexOf("HĐ-00/2024/DT-LQ"));
        assertThat(html.indexOf("data-group=\"BROKEN\"")).isLessThan(html.indexOf("HĐ-PV-01"));
    }

    @Test
    void aCooperativesPanelNamesTheOtherParty() throws Exception {
        mvc.perform(get("/contracts/panel?cooperative=" + choLachCoop.getId()).with(as("t-staff")))
                .andExpect(content()
                        .string(allOf(
                                containsString("HĐ-CL-07"),
                                containsString("Công ty CP Chế biến Dừa Lương Quới"),
                                not(containsString("HĐ-01/2026/DT-LQ")))));
        mvc.perform(get("/contracts/panel").with(as("t-staff"))).andExpect(status().isBadRequest());
    }

    @Test
    void aContractSignedAfterItsEndIsRefusedAtTheSigningDate() throws Exception {
        // Ends in ten months; signed in eleven.
        mvc.perform(valid(
                                post("/contracts/new"),
                                "number",
                                "HĐ-KÝ-SAU",
                                "signedOn",
                                today.plusMonths(11).format(DMY))
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("contractForm", "signedOn", "contract.signedOn.afterEnd"))
                .andExpect(content().string(containsString("Ngày ký không được sau ngày kết thúc hợp đồng.")));
    }

    @Test
    void aRenewalCarriesOnTheSameSellersContract() throws Exception {
        // Chợ Lách's cooperative sold "theirs": Định Thủy's cooperative cannot renew it.
        mvc.perform(valid(
                                post("/contracts/new"),
                                "number",
                                "HĐ-GIA-HẠN-KHÁC",
                                "renewsId",
                                theirs.getId().toString(),
                                "renewsLabel",
                                "HĐ-CL-07")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("contractForm", "renewsId", "contract.renews.anotherSeller"))
                .andExpect(content().string(containsString("Hợp đồng được gia hạn phải của cùng bên bán")));
        String location = mvc.perform(valid(
                                post("/contracts/new"),
                                "number",
                                "HĐ-GIA-HẠN-CÙNG",
                                "renewsId",
                                ours.getId().toString(),
                                "renewsLabel",
                                "HĐ-01/2026/DT-LQ")
                        .with(as("t-staff"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(as("t-staff"))).andExpect(content().string(containsString("HĐ-01/2026/DT-LQ")));
    }

    private boolean editor(String user) {
        return user.equals("t-admin") || user.equals("t-staff");
    }

    /** A complete, valid contract form (number and version to add); later pairs replace a field's value. */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "OFFTAKE");
        fields.put("chainId", moCayChain.getId().toString());
        fields.put("productId", coconut.getId().toString());
        fields.put("sellerKind", "COOPERATIVE");
        fields.put("sellerCooperativeId", dinhThuyCoop.getId().toString());
        fields.put("buyerKind", "ENTERPRISE");
        fields.put("buyerEnterpriseId", processor.getId().toString());
        fields.put("signedOn", today.minusMonths(2).minusDays(10).format(DMY));
        fields.put("startOn", today.minusMonths(2).format(DMY));
        fields.put("endOn", today.plusMonths(10).format(DMY));
        fields.put("status", "SIGNED");
        fields.put("volume", "1200");
        fields.put("volumeUnit", "TAN");
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }
}

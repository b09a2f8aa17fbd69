package vn.valuechain.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.ScopedUsers;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Cooperatives through the web, with the real security rules, for every role. */
class CooperativePagesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    CooperativeRepository cooperatives;

    @Autowired
    CooperativeService service;

    @Autowired
    EntityManager em;

    Province p;
    Cooperative inMoCayNam;
    Cooperative inChoLach;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        inMoCayNam = registry.cooperative("Hợp tác xã dừa Định Thủy", p.dinhThuy());
        inChoLach = registry.cooperative("Hợp tác xã bưởi Chợ Lách", p.choLach());
        em.flush();
    }

    MockHttpServletRequestBuilder save(String url, String name, Long unitId, long version) {
        MockHttpServletRequestBuilder request = post(url)
                .with(csrf())
                .param("type", "HTX")
                .param("name", name)
                .param("status", "EXISTING")
                .param("members", "30")
                .param("version", Long.toString(version));
        return unitId == null ? request : request.param("unitId", unitId.toString());
    }

    /** The search's own %, _ and \\ are letters, not wildcards (issue 15). */
    @Test
    void aSearchForAPercentSignFindsOnlyNamesWithOne() throws Exception {
        registry.cooperative("Hợp tác xã 100% hữu cơ", p.dinhThuy());
        registry.cooperative("Hợp tác xã rau_sạch", p.dinhThuy());
        mvc.perform(get("/cooperatives").param("q", "%").with(as("t-staff")))
                .andExpect(content().string(containsString("Hợp tác xã 100% hữu cơ")))
                .andExpect(content().string(not(containsString("Hợp tác xã dừa Định Thủy"))));
        mvc.perform(get("/cooperatives").param("q", "_").with(as("t-staff")))
                .andExpect(content().string(containsString("Hợp tác xã rau_sạch")))
                .andExpect(content().string(not(containsString("Hợp tác xã dừa Định Thủy"))));
    }

    /** A cooperative is found by the name of its unit and of the unit above it, not only by its own name. */
    @Test
    void aSearchFindsCooperativesByTheirUnitAndTheUnitAbove() throws Exception {
        registry.cooperative("Hợp tác xã rau an toàn", p.dinhThuy());
        for (String q : List.of("dinh thuy", "mo cay nam")) {
            mvc.perform(get("/cooperatives").param("q", q).with(as("t-staff")))
                    .andExpect(content().string(containsString("Hợp tác xã rau an toàn")))
                    .andExpect(content().string(not(containsString("Hợp tác xã bưởi Chợ Lách"))));
        }
        mvc.perform(get("/cooperatives").param("q", "cho lach").with(as("t-staff")))
                .andExpect(content().string(containsString("Hợp tác xã bưởi Chợ Lách")))
                .andExpect(content().string(not(containsString("Hợp tác xã rau an toàn"))));
    }

    /**
     * A search lists the same cooperatives whether it finds a few (listed by their ids) or more than
     * {@link SearchPattern#FEW} (the list's own query): by name, registration code or unit, within the user's reach.
     */
    @Test
    void aSearchListsTheSameWhetherItFindsFewOrMany() {
        int many = SearchPattern.FEW + 5;
        for (int i = 0; i < many; i++) {
            registry.cooperative("Hợp tác xã nhiều " + i, p.dinhThuy());
        }
        registry.cooperative("Hợp tác xã có mã", p.choLach()).setRegistrationCode("DKKD-77");
        em.flush();

        Page<CooperativeRow> found = search("nhiều", null);
        assertThat(found.getTotalElements()).isEqualTo(many);
        assertThat(found.getContent())
                .hasSize(20)
                .allSatisfy(row -> assertThat(row.name()).startsWith("Hợp tác xã nhiều"));
        assertThat(names(search("dkkd-77", null))).containsExactly("Hợp tác xã có mã");
        assertThat(names(search("chợ lách", null))).containsExactly("Hợp tác xã bưởi Chợ Lách", "Hợp tác xã có mã");
        assertThat(search("không có đâu", null).getTotalElements()).isZero();
        // Mỏ Cày Nam's official: many found by the name of the unit above, none of Chợ Lách's by its own.
        var official = ScopedUsers.localOfficial(p.moCayNam().getId());
        assertThat(search("mỏ cày nam", official).getTotalElements()).isEqualTo(many + 1);
        assertThat(search("chợ lách", official).getTotalElements()).isZero();
    }

    private Page<CooperativeRow> search(String q, UnitScopedUser user) {
        return service.list(
                new CooperativeFilter(q, null, null, null, null, null), PageRequest.of(0, 20, Sort.by("name")), user);
    }

    private static List<String> names(Page<CooperativeRow> page) {
        return page.getContent().stream().map(CooperativeRow::name).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleReadsTheListAndTheirRecords(String user) throws Exception {
        mvc.perform(get("/cooperatives").param("q", "dua dinh thuy").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hợp tác xã dừa Định Thủy")));
        mvc.perform(get("/cooperatives/{id}", inMoCayNam.getId()).with(as(user)))
                .andExpect(status().isOk());
    }

    @Test
    void aDistrictUserSeesOnlyTheirUnitAndGets404ForOthers() throws Exception {
        mvc.perform(get("/cooperatives").with(as("t-district")))
                .andExpect(content().string(not(containsString("Chợ Lách"))));
        mvc.perform(get("/cooperatives/{id}", inChoLach.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperatives/{id}/edit", inChoLach.getId()).with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(save(
                                "/cooperatives/" + inChoLach.getId() + "/edit",
                                "Đổi tên",
                                p.choLach().getId(),
                                0)
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cooperatives/search")
                        .param("q", "hop tac xa")
                        .param("field", "x")
                        .with(as("t-district")))
                .andExpect(content().string(containsString("Định Thủy")))
                .andExpect(content().string(not(containsString("Chợ Lách"))));
    }

    @Test
    void aDistrictUserCreatesAndEditsCooperativesOfTheirUnitOnly() throws Exception {
        mvc.perform(save(
                                "/cooperatives/new",
                                "Tổ hợp tác dừa Phước Hiệp",
                                p.dinhThuy().getId(),
                                0)
                        .with(as("t-district")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(save("/cooperatives/new", "Ngoài địa bàn", p.choLach().getId(), 0)
                        .with(as("t-district")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nằm ngoài địa bàn của bạn")));
        mvc.perform(save(
                                "/cooperatives/" + inMoCayNam.getId() + "/edit",
                                "HTX dừa Định Thủy (đổi tên)",
                                p.dinhThuy().getId(),
                                inMoCayNam.getVersion())
                        .with(as("t-district")))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();
        assertThat(cooperatives.findById(inMoCayNam.getId()).orElseThrow().getName())
                .isEqualTo("HTX dừa Định Thủy (đổi tên)");
    }

    @Test
    void viewersAndDistrictUsersCannotDelete() throws Exception {
        for (String user : new String[] {"t-district", "t-viewer"}) {
            mvc.perform(post("/cooperatives/{id}/delete", inMoCayNam.getId())
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(save("/cooperatives/new", "X", p.dinhThuy().getId(), 0).with(as("t-viewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cooperatives/new").with(as("t-viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        mvc.perform(get("/cooperatives").param("q", "HOP TAC XA DUA").with(as("t-staff")))
                .andExpect(content().string(containsString("Hợp tác xã dừa Định Thủy")))
                .andExpect(content().string(not(containsString("bưởi"))));
        mvc.perform(get("/cooperatives")
                        .param("unitId", p.moCayNam().getId().toString())
                        .with(as("t-staff")))
                .andExpect(content().string(containsString("Định Thủy")))
                .andExpect(content().string(not(containsString("bưởi Chợ Lách"))));
    }

    @Test
    void badInputGetsVietnameseMessagesAtTheFields() throws Exception {
        inMoCayNam.setRegistrationCode("5108000001");
        em.flush();
        mvc.perform(post("/cooperatives/new")
                        .with(csrf())
                        .with(as("t-staff"))
                        .param("name", "")
                        .param("status", "EXISTING")
                        .param("registrationCode", "5108000001")
                        .param("members", "-3")
                        .param("foundedOn", "31/02/2020")
                        .param("minScaleValue", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được để trống.")))
                .andExpect(content().string(containsString("Mã số đăng ký này đã thuộc về một hợp tác xã khác.")))
                .andExpect(content().string(containsString("Không được nhỏ hơn 0.")))
                .andExpect(content().string(containsString("Ngày không hợp lệ")))
                .andExpect(content().string(containsString("Hãy chọn đơn vị tính.")));
    }

    @Test
    void anUnreferencedCooperativeIsDeleted() throws Exception {
        mvc.perform(post("/cooperatives/{id}/delete", inChoLach.getId())
                        .with(csrf())
                        .with(as("t-admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(cooperatives.findById(inChoLach.getId())).isEmpty();
    }
}

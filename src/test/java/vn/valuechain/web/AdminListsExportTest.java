package vn.valuechain.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.support.Exported;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The ADMIN's lists sent out (users, agencies, units, deleted records) as on screen, and for the ADMIN only. */
class AdminListsExportTest extends WebTest {

    Province p;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
    }

    byte[] export(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(request.with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static int count(String regex, String text) {
        return (int) Pattern.compile(regex).matcher(text).results().count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-staff", "t-district", "t-viewer"})
    void onlyTheAdminExportsTheAdminLists(String user) throws Exception {
        for (String list : new String[] {"/admin/users", "/admin/agencies", "/admin/units", "/admin/deleted"}) {
            for (String format : new String[] {"xlsx", "csv"}) {
                mvc.perform(get(list).param("format", format).with(as(user))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void usersWithRoleUnitAndStatusAsListed() throws Exception {
        Exported xlsx = Exported.xlsx(export(get("/admin/users").param("format", "xlsx")));
        assertThat(xlsx.header())
                .containsExactly("Tên đăng nhập", "Họ và tên", "Vai trò", "Đơn vị hành chính", "Trạng thái");
        String page = page(get("/admin/users").param("size", "200"));
        assertThat(xlsx.rows()).hasSize(count("href=\"/admin/users/\\d+/edit\"", page));
        assertThat(xlsx.column(0)).isSorted();
        assertThat(Exported.texts(xlsx.row("t-district")))
                .containsExactly(
                        "t-district",
                        "Người dùng t-district",
                        "Cán bộ địa phương (xã, phường)",
                        "Huyện Mỏ Cày Nam",
                        "Đang hoạt động");
        List<String> byName = Exported.csv(
                export(get("/admin/users").param("sort", "username,desc").param("format", "csv")));
        assertThat(byName.get(0)).isEqualTo("Tên đăng nhập,Họ và tên,Vai trò,Đơn vị hành chính,Trạng thái");
        assertThat(byName.subList(1, byName.size()))
                .extracting(l -> l.split(",")[0])
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void agenciesUnderTheSearch() throws Exception {
        Exported xlsx = Exported.xlsx(
                export(get("/admin/agencies").param("q", "Công Thương").param("format", "xlsx")));
        assertThat(xlsx.context()).contains("Bộ lọc: Từ khóa: Công Thương");
        assertThat(xlsx.header())
                .containsExactly(
                        "Tên cơ quan",
                        "Tên viết tắt",
                        "Loại",
                        "Địa bàn (với UBND huyện, xã)",
                        "Tỉnh, thành phố (của thời kỳ)",
                        "Từ ngày",
                        "Đến ngày",
                        "Cơ quan kế thừa",
                        "Tên gọi khác");
        String page = page(get("/admin/agencies").param("q", "Công Thương").param("size", "200"));
        assertThat(xlsx.rows())
                .hasSize(count("href=\"/admin/agencies/\\d+/edit\"", page))
                .isNotEmpty();
        assertThat(xlsx.column(1)).contains("Sở Công Thương");
        for (ReadRow row : xlsx.rows()) {
            assertThat(page).contains(">" + row.cell(0).text() + "<");
            assertThat(row.cell(8).number()).isNotNull();
        }
    }

    @Test
    void unitsOfTheLevelShownWithTheirDates() throws Exception {
        Exported provinces = Exported.xlsx(export(get("/admin/units").param("format", "xlsx")));
        assertThat(provinces.header())
                .containsExactly(
                        "Mã đơn vị",
                        "Tên đơn vị",
                        "Cấp",
                        "Có hiệu lực từ ngày",
                        "Hết hiệu lực từ ngày",
                        "Đơn vị kế thừa");
        ReadRow benTre = provinces.rows().stream()
                .filter(r -> r.cell(1).text().equals("Tỉnh Bến Tre"))
                .findFirst()
                .orElseThrow();
        assertThat(benTre.cell(2).text()).isEqualTo("Tỉnh");
        assertThat(benTre.cell(4).date()).isEqualTo(LocalDate.of(2025, 6, 30));

        List<String> districts = Exported.csv(export(get("/admin/units")
                .param("parent", p.benTre().getId().toString())
                .param("format", "csv")));
        assertThat(districts.subList(1, districts.size()))
                .containsExactlyInAnyOrder("835,Huyện Chợ Lách,Huyện,,,", "836,Huyện Mỏ Cày Nam,Huyện,,,");
        assertThat(Exported.xlsx(export(get("/admin/units")
                                .param("parent", p.benTre().getId().toString())
                                .param("format", "xlsx")))
                        .context())
                .contains("Đơn vị: Tỉnh Bến Tre");
    }

    @Test
    void deletedRecordsOfTheTabShown() throws Exception {
        for (String type : new String[] {"COOPERATIVE", "CERTIFICATION"}) {
            Exported xlsx = Exported.xlsx(
                    export(get("/admin/deleted").param("type", type).param("format", "xlsx")));
            assertThat(xlsx.header()).containsExactly("Bản ghi", "Người xóa", "Thời điểm xóa");
            String page = page(get("/admin/deleted").param("type", type));
            assertThat(xlsx.rows()).hasSize(count("/restore\"", page));
        }
        List<String> csv =
                Exported.csv(export(get("/admin/deleted").param("type", "CHAIN").param("format", "csv")));
        assertThat(csv.get(0)).isEqualTo("Bản ghi,Người xóa,Thời điểm xóa");
    }
}

package vn.valuechain.cooperative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The cooperatives list sent out: the rows and columns on screen, under the same filters and reach. */
class CooperativeExportTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        Cooperative dua = registry.cooperative("Hợp tác xã dừa Định Thủy xuất", p.dinhThuy());
        dua.setMembers(1234);
        registry.cooperative("Hợp tác xã bưởi Chợ Lách xuất", p.choLach());
        registry.cooperative("=CMD|' /C calc'!A0 xuất", p.choLach());
        em.flush();
    }

    List<ReadRow> rows(byte[] file, String name) throws Exception {
        return TableReader.read(name, file, TableReader.Limits.DEFAULT)
                .sheets()
                .get(0)
                .rows();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleExportsWhatTheyMaySee(String user) throws Exception {
        byte[] xlsx = mvc.perform(get("/cooperatives")
                        .param("q", "xuất")
                        .param("format", "xlsx")
                        .with(as(user)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> names =
                rows(xlsx, "x.xlsx").stream().map(r -> r.cell(0).text()).toList();
        assertThat(names).contains("Hợp tác xã dừa Định Thủy xuất");
        if (user.equals("t-district")) {
            assertThat(names).noneMatch(n -> n.contains("Chợ Lách"));
            assertThat(names).as("whose records these are").contains("Đơn vị: Huyện Mỏ Cày Nam");
        } else {
            assertThat(names).contains("Hợp tác xã bưởi Chợ Lách xuất");
            assertThat(names).noneMatch(n -> n.startsWith("Đơn vị:"));
        }
    }

    @Test
    void xlsxHasTitleFiltersHeaderAndTypedCells() throws Exception {
        byte[] xlsx = mvc.perform(get("/cooperatives")
                        .param("q", "dừa định thủy xuất")
                        .param("format", "xlsx")
                        .with(as("t-staff")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<ReadRow> rows = rows(xlsx, "x.xlsx");
        assertThat(rows.get(0).cell(0).text()).isEqualTo("Hợp tác xã, tổ hợp tác");
        assertThat(rows.get(1).cell(0).text()).isEqualTo("Bộ lọc: Từ khóa: dừa định thủy xuất");
        ReadRow header = rows.get(3);
        assertThat(header.cells().stream().map(c -> c.text()).toList())
                .containsExactly(
                        "Tên",
                        "Loại hình",
                        "Mã số đăng ký",
                        "Địa bàn",
                        "Sản phẩm chủ lực",
                        "Số thành viên",
                        "Tình trạng",
                        "Thời gian thực hiện",
                        "Dữ liệu minh họa");
        ReadRow row = rows.get(4);
        assertThat(row.cell(0).text()).isEqualTo("Hợp tác xã dừa Định Thủy xuất");
        assertThat(row.cell(3).text()).isEqualTo("Xã Định Thủy, Huyện Mỏ Cày Nam");
        assertThat(row.cell(5).number()).isEqualByComparingTo("1234");
        assertThat(rows).hasSize(5);
    }

    @Test
    void csvHasByteOrderMarkAndNeutralisedFormulas() throws Exception {
        byte[] csv = mvc.perform(get("/cooperatives")
                        .param("q", "xuất")
                        .param("format", "csv")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTên,Loại hình,");
        assertThat(text).contains("\n'=CMD|' /C calc'!A0 xuất,");
        assertThat(text.lines()).hasSize(4);
    }

    @Test
    void anUnknownFormatIsABadRequest() throws Exception {
        mvc.perform(get("/cooperatives").param("format", "pdf").with(as("t-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void progressIsReadByItsOwnerOnly() throws Exception {
        mvc.perform(get("/cooperatives")
                        .param("format", "csv")
                        .param("progress", "token-1234567890")
                        .with(as("t-staff")))
                .andExpect(status().isOk());
        mvc.perform(get("/exports/progress/token-1234567890").with(as("t-staff")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.done")
                        .value(true));
        mvc.perform(get("/exports/progress/token-1234567890").with(as("t-viewer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/exports/progress/token-1234567890")).andExpect(status().is3xxRedirection());
    }
}

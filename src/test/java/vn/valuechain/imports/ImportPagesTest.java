package vn.valuechain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The import page: who may use it, its templates, and an apply refused when the records changed meanwhile. */
class ImportPagesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    Province p;
    ImportSteps steps;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        steps = new ImportSteps(mvc, as("t-admin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-staff", "t-district", "t-viewer"})
    void onlyAdminsImport(String user) throws Exception {
        mvc.perform(get("/admin/import").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import/template")
                        .param("kind", "cooperatives")
                        .param("format", "csv")
                        .with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "a.csv", null, "Tên,Loại hình\nA,HTX\n".getBytes()))
                        .param("kind", "cooperatives")
                        .with(csrf())
                        .with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/import/apply").param("token", "x").with(csrf()).with(as(user)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/import")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/import/apply").param("token", "x").with(csrf()))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void thePageListsTheKindsWithTheirTemplates() throws Exception {
        String page = mvc.perform(get("/admin/import").with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains("Nhập dữ liệu từ tệp")
                .contains("/admin/import/template?kind=cooperatives&format=xlsx")
                .contains("enctype=\"multipart/form-data\"");
    }

    @Test
    void theXlsxTemplateHasHeadersListsAnExampleAndNotesAndImportsAsNew() throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/import/template")
                        .param("kind", "cooperatives")
                        .param("format", "xlsx")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Loại hình");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Hợp tác xã");
            assertThat(sheet.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .startsWith("list_"));
            assertThat(book.getSheetName(1)).isEqualTo("Danh mục");
            assertThat(book.isSheetHidden(1)).isTrue();
            assertThat(book.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue())
                    .contains("bắt buộc");
        }
        DryRun dry = steps.dryRun("cooperatives", "mau.xlsx", xlsx);
        assertThat(dry.result().rows())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.NEW));
    }

    @Test
    void theCsvTemplateIsTheHeaderAndAnExample() throws Exception {
        String csv = mvc.perform(get("/admin/import/template")
                        .param("kind", "cooperatives")
                        .param("format", "csv")
                        .with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Disposition", org.hamcrest.Matchers.containsString("mau-nhap-hop-tac-xa-")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("\uFEFFTên,Loại hình,Mã số đăng ký,");
        assertThat(lines.get(1)).startsWith("Hợp tác xã Dừa Định Thủy,Hợp tác xã,");
    }

    @Test
    void applyIsRefusedWhenTheRecordsChangedAfterTheDryRun() throws Exception {
        Cooperative c = registry.cooperative("HTX đổi giữa chừng", p.dinhThuy());
        c.setRegistrationCode("5520000777");
        c.setMembers(10);
        em.flush();
        DryRun dry = steps.dryRun(
                "cooperatives",
                "a.csv",
                "Mã số đăng ký,Tên,Loại hình,Số thành viên\n5520000777,HTX đổi giữa chừng,Hợp tác xã,12\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows().get(0).status()).isEqualTo(RowStatus.CHANGED);
        c.setMembers(11);
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        String page = steps.apply(dry.token()).getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(page)).contains("dữ liệu đã thay đổi kể từ lúc kiểm tra");
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void applyingRedirectsWithTheCounts() throws Exception {
        DryRun dry = steps.dryRun(
                "cooperatives",
                "a.csv",
                "Tên,Loại hình\nHTX áp dụng một,Hợp tác xã\nHTX áp dụng hai,Tổ hợp tác\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(dry.page()).contains("/admin/import/apply");
        mvc.perform(post("/admin/import/apply")
                        .param("token", dry.token())
                        .with(csrf())
                        .with(as("t-admin")))
                .andExpect(redirectedUrl("/admin/import?kind=cooperatives"));
        em.flush();
        assertThat(jdbc.queryForObject("select count(*) from cooperative where name like 'HTX áp dụng %'", Long.class))
                .isEqualTo(2);
        String other = steps.apply(dry.token()).getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(other)).as("a dry run applies once").contains("Bản nhập này đã được áp dụng");
    }
}

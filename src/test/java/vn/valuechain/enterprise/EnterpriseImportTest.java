package vn.valuechain.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.valuechain.imports.ImportResult.RowResult;
import vn.valuechain.imports.ImportSteps;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.TableReader;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The enterprises list exported, and imported back: by tax code, roles and all. */
class EnterpriseImportTest extends WebTest {

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
        enterprise(
                "Công ty dừa Lương Quới nhập thử",
                "1300123456",
                p.dinhThuy(),
                EnterpriseRole.BUYER,
                EnterpriseRole.PROCESSOR);
        Enterprise outside =
                enterprise("Công ty xuất khẩu ngoài tỉnh nhập thử", "0301234567-001", null, EnterpriseRole.EXPORTER);
        outside.setInProvince(false);
        enterprise("Cơ sở chưa có mã nhập thử", null, p.choLach());
        em.flush();
    }

    Enterprise enterprise(
            String name, String taxCode, vn.valuechain.geo.AdministrativeUnit unit, EnterpriseRole... roles) {
        Enterprise e = new Enterprise();
        e.setName(name);
        e.setTaxCode(taxCode);
        e.setAdministrativeUnit(unit);
        e.getRoles().addAll(List.of(roles));
        em.persist(e);
        return e;
    }

    @Test
    void theListExportsWithRolesLocationAndUnit() throws Exception {
        byte[] xlsx = steps.export("/enterprises", "xlsx", "q", "nhập thử");
        List<ReadRow> rows = TableReader.read("x.xlsx", xlsx, TableReader.Limits.DEFAULT)
                .sheets()
                .get(0)
                .rows();
        assertThat(rows.get(0).cell(0).text()).isEqualTo("Doanh nghiệp");
        ReadRow header = rows.stream()
                .filter(r -> r.cell(0).text().equals("Tên doanh nghiệp"))
                .findFirst()
                .orElseThrow();
        assertThat(header.cells().stream().map(c -> c.text()).toList())
                .containsExactly(
                        "Tên doanh nghiệp",
                        "Mã số thuế",
                        "Vai trò trong chuỗi",
                        "Trong hay ngoài tỉnh",
                        "Địa bàn",
                        "Tình trạng",
                        "Dữ liệu minh họa");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.cell(0).text()).isEqualTo("Công ty dừa Lương Quới nhập thử");
            assertThat(r.cell(2).text()).isEqualTo("Thu mua, tiêu thụ; Chế biến");
            assertThat(r.cell(3).text()).isEqualTo("Trong tỉnh");
            assertThat(r.cell(4).text()).isEqualTo("Xã Định Thủy, Huyện Mỏ Cày Nam");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theListsOwnExportReadsBackUnchangedAndApplyingWritesNothing(String format) throws Exception {
        byte[] file = steps.export("/enterprises", format, "q", "nhập thử");
        DryRun dry = steps.dryRun("enterprises", "doanh-nghiep." + format, file);
        assertThat(dry.result().fileError()).isNull();
        assertThat(dry.result().rows()).hasSize(3);
        assertThat(dry.result().rows())
                .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.UNCHANGED));
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        steps.apply(dry.token());
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void matchesByTaxCodeAndChecksItsFormat() throws Exception {
        String csv = """
                Mã số thuế;Tên doanh nghiệp;Vai trò trong chuỗi;Trong hay ngoài tỉnh
                1300123456;Công ty dừa Lương Quới nhập thử;Chế biến;Trong tỉnh
                13001234;Công ty sai mã;;Trong tỉnh
                1300999999;Công ty mới nhập thử;Xuất khẩu; Dịch vụ;Ngoài tỉnh
                """;
        DryRun dry = steps.dryRun("enterprises", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        RowResult changed = dry.result().rows().get(0);
        assertThat(changed.status()).isEqualTo(RowStatus.CHANGED);
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Vai trò trong chuỗi");
            assertThat(c.from()).isEqualTo("Thu mua, tiêu thụ; Chế biến");
            assertThat(c.to()).isEqualTo("Chế biến");
        });
        assertThat(dry.result().rows().get(1).messages())
                .containsExactly("Dòng 3, cột Mã số thuế: không đúng định dạng (10 chữ số; chi nhánh thêm dấu “-” và 3"
                        + " chữ số, ví dụ 1300123456-001)");
        assertThat(dry.result().rows().get(2).status()).isEqualTo(RowStatus.ERROR);
    }
}

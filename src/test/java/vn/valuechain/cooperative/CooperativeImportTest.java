package vn.valuechain.cooperative;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.valuechain.imports.ImportResult.RowResult;
import vn.valuechain.imports.ImportSteps;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Cooperatives imported: the list's own export reads back unchanged; changes and new rows are shown, then written. */
class CooperativeImportTest extends WebTest {

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
        Cooperative dua = registry.cooperative("HTX dừa Định Thủy nhập thử", p.dinhThuy());
        dua.setRegistrationCode("5520000123");
        dua.setMembers(1234);
        dua.setProduct(registry.product("Dừa"));
        dua.setFoundedOn(LocalDate.of(2019, 3, 15));
        dua.setMinScaleValue(new BigDecimal("20.5"));
        dua.setMinScaleUnit(MeasureUnit.HA);
        Cooperative buoi = registry.cooperative("THT bưởi Chợ Lách nhập thử", p.choLach());
        buoi.setType(CooperativeType.THT);
        buoi.setStatus(CooperativeStatus.PLANNED);
        buoi.setTargetPeriod("giai đoạn 2021-2025");
        registry.cooperative("=CMD|' /C calc'!A0 nhập thử", null);
        em.flush();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theListsOwnExportReadsBackUnchangedAndApplyingWritesNothing(String format) throws Exception {
        byte[] file = steps.export("/cooperatives", format, "q", "nhập thử");
        DryRun dry = steps.dryRun("cooperatives", "hop-tac-xa." + format, file);
        assertThat(dry.result().fileError()).isNull();
        assertThat(dry.result().rows()).hasSize(3);
        assertThat(dry.result().rows())
                .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.UNCHANGED));
        assertThat(dry.result().ignored()).contains("Dữ liệu minh họa");
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        steps.apply(dry.token());
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void showsChangesAndNewRowsThenWritesThemAllTogether() throws Exception {
        String csv = """
                Mã số đăng ký,Tên,Loại hình,Số thành viên,Địa bàn,Ngày thành lập,Quy mô tối thiểu,Đơn vị tính quy mô
                5520000123,HTX dừa Định Thủy nhập thử,Hợp tác xã,"1.250",Xã Định Thủy,15/03/2019,"20,5",ha
                ,HTX mới nhập thử,htx,12,28927,01/02/2024,,
                ,THT bưởi Chợ Lách nhập thử,Tổ hợp tác,,"Huyện Chợ Lách, Tỉnh Bến Tre",,,
                """;
        DryRun dry = steps.dryRun("cooperatives", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        RowResult changed = dry.result().rows().get(0);
        assertThat(changed.status()).isEqualTo(RowStatus.CHANGED);
        assertThat(changed.changes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Số thành viên");
            assertThat(c.from()).isEqualTo("1234");
            assertThat(c.to()).isEqualTo("1250");
        });
        assertThat(dry.result().rows().get(1).status()).isEqualTo(RowStatus.NEW);
        assertThat(dry.result().rows().get(2).status())
                .as("%s", dry.result().rows().get(2))
                .isEqualTo(RowStatus.UNCHANGED);
        assertThat(dry.page()).contains("Số thành viên: “1234” → “1250”");

        steps.apply(dry.token());
        em.flush();
        em.clear();
        Cooperative created = em.createQuery(
                        "select c from Cooperative c where c.name = 'HTX mới nhập thử'", Cooperative.class)
                .getSingleResult();
        assertThat(created.getAdministrativeUnit().getId())
                .isEqualTo(p.dinhThuy().getId());
        assertThat(created.getFoundedOn()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(created.getStatus()).isEqualTo(CooperativeStatus.EXISTING);
        Cooperative dua = em.createQuery(
                        "select c from Cooperative c where c.registrationCode = '5520000123'", Cooperative.class)
                .getSingleResult();
        assertThat(dua.getMembers()).isEqualTo(1250);
        assertThat(dua.getProduct().getName())
                .as("a column left out stays as it was")
                .isEqualTo("Dừa");
    }

    @Test
    void reportsEachWrongCellWithItsRowAndColumnAndWritesNothing() throws Exception {
        String csv = """
                Tên,Loại hình,Số thành viên,Ngày thành lập,Địa bàn,Tình trạng,Quy mô tối thiểu
                HTX một,Hợp tác xã,12,31/02/2024,,Đang hoạt động,
                HTX hai,Công ty,1.234,,Xã Không Có,Đang hoạt động,"1.234"
                ,Hợp tác xã,,01/01/24,,Đang hoạt động,
                """;
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        DryRun dry = steps.dryRun("cooperatives", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.ERROR));
        assertThat(dry.result().rows().get(0).messages())
                .containsExactly("Dòng 2, cột Ngày thành lập: không phải là ngày hợp lệ (dd/MM/yyyy)");
        assertThat(dry.result().rows().get(1).messages())
                .anyMatch(m -> m.startsWith("Dòng 3, cột Loại hình: không có trong danh sách (Hợp tác xã,"))
                .anyMatch(m -> m.startsWith("Dòng 3, cột Địa bàn: không tìm thấy đơn vị hành chính"))
                .anyMatch(m -> m.startsWith("Dòng 3, cột Quy mô tối thiểu: số viết không rõ ràng"))
                .noneMatch(m -> m.contains("Số thành viên"));
        assertThat(dry.result().rows().get(2).messages())
                .contains("Dòng 4, cột Tên: bắt buộc, không được để trống")
                .anyMatch(m -> m.startsWith("Dòng 4, cột Ngày thành lập: ngày viết không rõ năm"));
        assertThat(dry.token()).isNull();
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }
}

package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.imports.ImportSteps;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.party.Party;
import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.support.Exported;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Contracts and deliveries imported: the list's export reads back unchanged; changes, new rows, errors. */
class ContractImportTest extends WebTest {

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    Province p;
    ImportSteps steps;
    ContractFixtures f;
    Cooperative coop;
    Enterprise buyer;
    LinkageContract numbered;
    LinkageContract unnumbered;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        steps = new ImportSteps(mvc, as("t-admin"));
        f = new ContractFixtures(em);
        coop = f.cooperative("HTX dừa hợp đồng nhập", p.dinhThuy());
        buyer = f.enterprise("Công ty dừa hợp đồng nhập", p.choLach());
        Chain chain = f.chain("Chuỗi dừa hợp đồng nhập", f.product("Dừa"), p.dinhThuy());
        LocalDate start = LocalDate.now().minusMonths(2);
        numbered = f.offtake(
                "HĐ-NHẬP-01",
                Party.ofCooperative(coop),
                Party.ofEnterprise(buyer),
                chain,
                start,
                start.plusYears(2),
                "500.5");
        f.delivery(numbered, start.plusDays(3), "20");
        unnumbered = f.offtake(
                null,
                Party.ofHouseholds("Các hộ dừa hợp đồng nhập"),
                Party.ofEnterprise(buyer),
                null,
                start,
                null,
                null);
        em.flush();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theListsOwnExportReadsBackUnchangedAndApplyingWritesNothing(String format) throws Exception {
        byte[] file = steps.export("/contracts", format, "q", "hợp đồng nhập");
        if (format.equals("xlsx")) {
            Exported table = Exported.xlsx(file);
            assertThat(table.header()).startsWith("Số hợp đồng", "Loại hợp đồng", "Bên bán", "Bên mua");
            assertThat(Exported.texts(table.row("HĐ-NHẬP-01")))
                    .contains("HTX dừa hợp đồng nhập", "Công ty dừa hợp đồng nhập", "Đang hiệu lực", "tấn");
        }
        DryRun dry = steps.dryRun("contracts", "hop-dong." + format, file);
        assertThat(dry.result().fileError()).isNull();
        assertThat(dry.result().rows()).hasSize(2);
        assertThat(dry.result().rows())
                .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.UNCHANGED));
        assertThat(dry.result().ignored()).contains("Tình trạng hôm nay", "Đã giao");
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        steps.apply(dry.token());
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void showsChangesAndNewContractsThenWritesThem() throws Exception {
        String csv = """
                Số hợp đồng,Bên bán,Loại bên mua,Bên mua,Khối lượng hợp đồng,Đơn vị tính,Tình trạng,Ngày chấm dứt hoặc phá vỡ
                HĐ-NHẬP-01,HTX dừa hợp đồng nhập,,Công ty dừa hợp đồng nhập,"600",tấn,Đã ký,
                HĐ-NHẬP-02,Công ty dừa hợp đồng nhập,Nhóm hộ nông dân,Các hộ mới nhập,10,tạ,Đã ký,
                """;
        DryRun dry = steps.dryRun("contracts", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows().get(0).status()).isEqualTo(RowStatus.CHANGED);
        assertThat(dry.result().rows().get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Khối lượng hợp đồng");
            assertThat(c.from()).isEqualTo("500.5");
            assertThat(c.to()).isEqualTo("600");
        });
        assertThat(dry.result().rows().get(1).status())
                .as("%s", dry.result().rows().get(1))
                .isEqualTo(RowStatus.NEW);
        steps.apply(dry.token());
        em.flush();
        em.clear();
        LinkageContract created = em.createQuery(
                        "select c from LinkageContract c where c.number = 'HĐ-NHẬP-02'", LinkageContract.class)
                .getSingleResult();
        assertThat(created.getSeller().getEnterprise().getId()).isEqualTo(buyer.getId());
        assertThat(created.getBuyer().getKind()).isEqualTo(PartyKind.HOUSEHOLDS);
        assertThat(created.getBuyer().getHouseholdsName()).isEqualTo("Các hộ mới nhập");
        assertThat(em.find(LinkageContract.class, numbered.getId()).getVolume()).isEqualByComparingTo("600");
    }

    @Test
    void reportsWrongCellsAtTheirColumnAndWritesNothing() throws Exception {
        String csv = """
                Số hợp đồng,Bên bán,Bên mua,Tình trạng,Ngày bắt đầu,Ngày kết thúc,Khối lượng hợp đồng,Chuỗi giá trị
                HĐ-LỖI-1,HTX dừa hợp đồng nhập,HTX dừa hợp đồng nhập,Đã chấm dứt,,,,
                HĐ-LỖI-2,Không Có Thật,Công ty dừa hợp đồng nhập,Đã ký,01/02/2025,01/01/2025,5,Chuỗi không có
                """;
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        DryRun dry = steps.dryRun("contracts", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.ERROR));
        assertThat(dry.result().rows().get(0).messages())
                .containsExactlyInAnyOrder(
                        "Dòng 2, cột Bên mua: Bên mua và bên bán phải là hai đơn vị khác nhau.",
                        "Dòng 2, cột Ngày chấm dứt hoặc phá vỡ: Hãy nhập ngày chấm dứt hoặc phá vỡ hợp đồng.");
        assertThat(dry.result().rows().get(1).messages())
                .anyMatch(m -> m.startsWith("Dòng 3, cột Bên bán: không tìm thấy hợp tác xã hay doanh nghiệp này"))
                .contains("Dòng 3, cột Ngày kết thúc: Ngày kết thúc không được trước ngày bắt đầu.")
                .contains("Dòng 3, cột Đơn vị tính: Hãy chọn đơn vị tính.")
                .contains("Dòng 3, cột Chuỗi giá trị: không tìm thấy chuỗi giá trị có tên này");
        assertThat(dry.token()).isNull();
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void deliveriesAreMatchedByContractDayAndOrderInTheDay() throws Exception {
        LocalDate day = numbered.getStartOn().plusDays(3);
        String shown = String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
        String csv = "Số hợp đồng,Ngày giao,Khối lượng,Đơn vị tính\n"
                + "HĐ-NHẬP-01," + shown + ",20,tấn\n"
                + "HĐ-NHẬP-01," + shown + ",\"7,5\",tấn\n";
        DryRun dry = steps.dryRun("contract-deliveries", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows()).extracting(r -> r.status()).containsExactly(RowStatus.UNCHANGED, RowStatus.NEW);
        steps.apply(dry.token());
        em.flush();
        DryRun again = steps.dryRun("contract-deliveries", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.result().rows())
                .as("applying the same file again changes nothing")
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.UNCHANGED));

        String wrong = "Số hợp đồng,Ngày giao,Khối lượng,Đơn vị tính\n"
                + "HĐ-NHẬP-01," + shown + ",5,kg\n"
                + "HĐ-KHÔNG-CÓ,01/01/2025,5,\n"
                + "HĐ-NHẬP-01,01/01/2000,-1,\n";
        DryRun errors = steps.dryRun("contract-deliveries", "b.csv", wrong.getBytes(StandardCharsets.UTF_8));
        assertThat(errors.result().rows().get(0).messages())
                .containsExactly(
                        "Dòng 2, cột Đơn vị tính: khác đơn vị tính của hợp đồng (tấn); khối lượng giao ghi theo đơn vị của hợp đồng");
        assertThat(errors.result().rows().get(1).messages())
                .containsExactly("Dòng 3, cột Số hợp đồng: không tìm thấy hợp đồng có số này");
        assertThat(errors.result().rows().get(2).messages())
                .anyMatch(m -> m.startsWith("Dòng 4, cột Ngày giao: Ngày giao không được trước ngày hợp đồng bắt đầu"))
                .contains("Dòng 4, cột Khối lượng: không được nhỏ hơn 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contracts", "contract-deliveries"})
    void theTemplatesExampleRowImportsAsOneNewRow(String kind) throws Exception {
        if (kind.equals("contract-deliveries")) {
            f.offtake(
                    "15/2024/HĐLK",
                    Party.ofCooperative(coop),
                    Party.ofEnterprise(buyer),
                    null,
                    LocalDate.of(2024, 1, 15),
                    null,
                    "100");
            em.flush();
        }
        for (String format : new String[] {"xlsx", "csv"}) {
            byte[] template = mvc.perform(get("/admin/import/template")
                            .param("kind", kind)
                            .param("format", format)
                            .with(as("t-admin")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            DryRun dry = steps.dryRun(kind, "mau." + format, template);
            assertThat(dry.result().fileError()).isNull();
            assertThat(dry.result().rows())
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.NEW));
        }
    }
}

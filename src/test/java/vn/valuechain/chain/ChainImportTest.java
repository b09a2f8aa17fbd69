package vn.valuechain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.imports.ImportSteps;
import vn.valuechain.imports.ImportSteps.DryRun;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.imports.RowStatus;
import vn.valuechain.support.Exported;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** Chains and their participants imported: the list's export reads back unchanged; changes, new rows, errors. */
class ChainImportTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    Province p;
    ImportSteps steps;
    Cooperative coop;
    Chain dua;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        steps = new ImportSteps(mvc, as("t-admin"));
        coop = registry.cooperative("HTX dừa nhập chuỗi", p.dinhThuy());
        coop.setRegistrationCode("5520000999");
        dua = registry.chainWith(coop, "Chuỗi dừa nhập khẩu tính", p.dinhThuy());
        dua.getUnits().add(p.choLach());
        dua.setScaleUnit(MeasureUnit.HA);
        dua.setPlannedScale(new BigDecimal("120.5"));
        dua.setActualScale(new BigDecimal("80"));
        dua.setHouseholdsPlanned(1500);
        dua.setStatus(ChainStatus.ACTIVE);
        dua.getParticipants().get(0).setLead(true);
        dua.addParticipant(Party.ofHouseholds("Các hộ ấp Phước Khánh nhập"), ParticipantRole.PRODUCER)
                .getStages()
                .add(Stage.PRODUCTION);
        registry.chain("Chuỗi bưởi nhập khẩu tính", "Bưởi da xanh", p.choLach());
        em.flush();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "csv"})
    void theListsOwnExportReadsBackUnchangedAndApplyingWritesNothing(String format) throws Exception {
        byte[] file = steps.export("/chains", format, "q", "nhập khẩu tính");
        if (format.equals("xlsx")) {
            Exported table = Exported.xlsx(file);
            assertThat(table.header())
                    .startsWith("Tên chuỗi", "Sản phẩm chủ lực", "Địa bàn thực hiện", "Chủ trì liên kết", "Thành phần");
            assertThat(Exported.texts(table.row("Chuỗi dừa nhập khẩu tính")))
                    .contains("HTX dừa nhập chuỗi", "Đang thực hiện", "ha");
        }
        DryRun dry = steps.dryRun("chains", "chuoi." + format, file);
        assertThat(dry.result().fileError()).isNull();
        assertThat(dry.result().rows()).hasSize(2);
        assertThat(dry.result().rows())
                .allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(RowStatus.UNCHANGED));
        assertThat(dry.result().ignored()).contains("Chủ trì liên kết", "Thành phần");
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        steps.apply(dry.token());
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void showsChangesAndNewChainsThenWritesThem() throws Exception {
        String csv = """
                Tên chuỗi,Sản phẩm chủ lực,Địa bàn thực hiện,Quy mô thực tế,Đơn vị tính quy mô,Các khâu chuỗi phải có
                Chuỗi dừa nhập khẩu tính,Dừa,Xã Định Thủy; Huyện Chợ Lách,"90,5",ha,Đầu vào; Sản xuất; Tiêu thụ
                Chuỗi mới nhập khẩu tính,Dừa,28927,,,Sản xuất; Tiêu thụ
                """;
        DryRun dry = steps.dryRun("chains", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows().get(0).status()).isEqualTo(RowStatus.CHANGED);
        assertThat(dry.result().rows().get(0).changes()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo("Quy mô thực tế");
            assertThat(c.from()).isEqualTo("80");
            assertThat(c.to()).isEqualTo("90.5");
        });
        assertThat(dry.result().rows().get(1).status()).isEqualTo(RowStatus.NEW);
        steps.apply(dry.token());
        em.flush();
        em.clear();
        Chain created = em.createQuery("select c from Chain c where c.name = 'Chuỗi mới nhập khẩu tính'", Chain.class)
                .getSingleResult();
        assertThat(created.getUnits())
                .extracting(u -> u.getId())
                .containsExactly(p.dinhThuy().getId());
        assertThat(created.getRequiredStages()).containsExactlyInAnyOrder(Stage.PRODUCTION, Stage.CONSUMPTION);
        assertThat(em.find(Chain.class, dua.getId()).getActualScale()).isEqualByComparingTo("90.5");
    }

    @Test
    void reportsWrongCellsAtTheirColumnAndWritesNothing() throws Exception {
        String csv = """
                Tên chuỗi,Sản phẩm chủ lực,Địa bàn thực hiện,Ngày bắt đầu,Ngày kết thúc,Quy mô kế hoạch,Tổng kinh phí,Hỗ trợ đầu vào
                Chuỗi lỗi một,Khoai,Xã Định Thủy,01/01/2025,01/01/2024,,,
                Chuỗi lỗi hai,Dừa,,,,12,100,200
                """;
        em.flush();
        var before = ImportSteps.snapshot(jdbc);
        DryRun dry = steps.dryRun("chains", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(RowStatus.ERROR));
        assertThat(dry.result().rows().get(0).messages())
                .contains("Dòng 2, cột Sản phẩm chủ lực: không có sản phẩm này trong danh mục sản phẩm")
                .contains("Dòng 2, cột Ngày kết thúc: Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(dry.result().rows().get(1).messages())
                .contains("Dòng 3, cột Địa bàn thực hiện: Hãy chọn ít nhất một địa bàn thực hiện.")
                .contains("Dòng 3, cột Đơn vị tính quy mô: hãy ghi đơn vị tính khi có quy mô")
                .contains("Dòng 3, cột Tổng kinh phí: Tổng các khoản kinh phí vượt quá tổng kinh phí.");
        assertThat(dry.token()).isNull();
        em.flush();
        assertThat(ImportSteps.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void participantsAreMatchedByChainAndPartyAndAChainKeepsOneLead() throws Exception {
        String csv = """
                Tên chuỗi,Loại thành phần,Thành phần,Mã số đăng ký hoặc mã số thuế,Vai trò,Chủ trì,Tham gia các khâu,Số hộ
                Chuỗi dừa nhập khẩu tính,,HTX dừa nhập chuỗi,5520000999,Sản xuất,Không,Sản xuất,
                Chuỗi dừa nhập khẩu tính,Nhóm hộ nông dân,Các hộ ấp Phước Khánh nhập,,Sản xuất,Có,"Sản xuất; Thu gom, sơ chế",40
                Chuỗi bưởi nhập khẩu tính,"Hợp tác xã, tổ hợp tác",HTX dừa nhập chuỗi,,"Thu mua, tiêu thụ",Có,Tiêu thụ,
                """;
        DryRun dry = steps.dryRun("chain-participants", "a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(dry.result().rows())
                .extracting(r -> r.status())
                .containsExactly(RowStatus.CHANGED, RowStatus.CHANGED, RowStatus.NEW);
        steps.apply(dry.token());
        em.flush();
        em.clear();
        Chain chain = em.find(Chain.class, dua.getId());
        assertThat(chain.getParticipants()).hasSize(2);
        assertThat(chain.getParticipants())
                .filteredOn(ChainParticipant::isLead)
                .singleElement()
                .satisfies(lead -> {
                    assertThat(lead.getParty().getHouseholdsName()).isEqualTo("Các hộ ấp Phước Khánh nhập");
                    assertThat(lead.getHouseholdsCount()).isEqualTo(40);
                    assertThat(lead.getStages()).containsExactlyInAnyOrder(Stage.PRODUCTION, Stage.COLLECTION);
                });

        String twoLeads = """
                Tên chuỗi,Thành phần,Vai trò,Chủ trì,Tham gia các khâu
                Chuỗi dừa nhập khẩu tính,HTX dừa nhập chuỗi,Sản xuất,Có,Sản xuất
                Chuỗi dừa nhập khẩu tính,HTX Không Có Thật,Sản xuất,Có,Sản xuất
                Chuỗi không có thật,HTX dừa nhập chuỗi,Sản xuất,Không,Sản xuất
                """;
        DryRun wrong = steps.dryRun("chain-participants", "b.csv", twoLeads.getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.result().rows().get(0).status()).isEqualTo(RowStatus.CHANGED);
        assertThat(wrong.result().rows().get(1).messages())
                .singleElement()
                .asString()
                .startsWith("Dòng 3, cột Thành phần: không tìm thấy hợp tác xã hay doanh nghiệp này");
        assertThat(wrong.result().rows().get(2).messages())
                .containsExactly("Dòng 4, cột Tên chuỗi: không tìm thấy chuỗi giá trị có tên này");
        String leadTwice = """
                Tên chuỗi,Thành phần,Loại thành phần,Chủ trì,Tham gia các khâu,Vai trò
                Chuỗi dừa nhập khẩu tính,HTX dừa nhập chuỗi,"Hợp tác xã, tổ hợp tác",Có,Sản xuất,Sản xuất
                Chuỗi dừa nhập khẩu tính,Các hộ ấp Phước Khánh nhập,Nhóm hộ nông dân,Có,Sản xuất,Sản xuất
                """;
        DryRun twice = steps.dryRun("chain-participants", "c.csv", leadTwice.getBytes(StandardCharsets.UTF_8));
        assertThat(twice.result().rows().get(1).messages())
                .containsExactly(
                        "Dòng 3, cột Chủ trì: một chuỗi chỉ có một đơn vị chủ trì liên kết, mà dòng 2 của tệp đã ghi chủ trì cho chuỗi này");
    }

    @ParameterizedTest
    @ValueSource(strings = {"chains", "chain-participants"})
    void theTemplatesExampleRowImportsAsOneNewRow(String kind) throws Exception {
        if (kind.equals("chain-participants")) {
            registry.chain("Chuỗi dừa hữu cơ Định Thủy", "Dừa", p.dinhThuy());
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

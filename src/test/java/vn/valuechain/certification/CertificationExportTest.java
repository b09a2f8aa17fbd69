package vn.valuechain.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.support.Exported;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/** The certifications list sent out: the rows and columns on screen, under the same filters, sort and reach. */
class CertificationExportTest extends WebTest {

    static final String WORDS = "xuat khau thu";

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    Province p;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        Cooperative moCay = registry.cooperative("HTX dừa Mỏ Cày xuất khẩu thử", p.moCayNam());
        Cooperative choLach = registry.cooperative("HTX bưởi Chợ Lách xuất khẩu thử", p.choLach());
        Enterprise dinhThuy = new Enterprise("Công ty kẹo dừa Định Thủy xuất khẩu thử");
        dinhThuy.setAdministrativeUnit(p.dinhThuy());
        em.persist(dinhThuy);
        certificate(CertificationType.VIETGAP, Party.ofCooperative(moCay), "XK-VG-1", today.plusDays(30));
        certificate(CertificationType.OCOP, Party.ofEnterprise(dinhThuy), "XK-OCOP-2", today.plusDays(400))
                .setIllustrative(true);
        certificate(CertificationType.GLOBALGAP, Party.ofCooperative(choLach), "XK-GG-3", today.plusDays(500));
        em.flush();
    }

    Certification certificate(CertificationType type, Party holder, String number, LocalDate validTo) {
        Certification c = new Certification(type, holder);
        c.setNumber(number);
        c.setValidFrom(LocalDate.of(2024, 4, 3));
        c.setValidTo(validTo);
        c.setOcopStars(type == CertificationType.OCOP ? 4 : null);
        em.persist(c);
        return c;
    }

    byte[] export(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"t-admin", "t-staff", "t-district", "t-viewer"})
    void everyRoleExportsTheRowsTheListShowsThem(String user) throws Exception {
        String page = mvc.perform(get("/certifications").param("q", WORDS).with(as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Exported xlsx =
                Exported.xlsx(export(get("/certifications").param("q", WORDS).param("format", "xlsx"), user));
        List<String> numbers = xlsx.column(3);
        List<String> expected = user.equals("t-district")
                ? List.of("XK-VG-1", "XK-OCOP-2")
                : List.of("XK-VG-1", "XK-OCOP-2", "XK-GG-3");
        assertThat(numbers).containsExactlyElementsOf(expected); // the list's sort: the nearest end date first
        for (String n : List.of("XK-VG-1", "XK-OCOP-2", "XK-GG-3")) {
            assertThat(page.contains(">" + n + "<")).isEqualTo(numbers.contains(n));
        }
    }

    @Test
    void headerIsTheListsAndCellsAreTyped() throws Exception {
        Exported xlsx = Exported.xlsx(export(
                get("/certifications").param("q", WORDS).param("type", "OCOP").param("format", "xlsx"), "t-staff"));
        assertThat(xlsx.context()).contains("Bộ lọc: Từ khóa: " + WORDS + "; Loại chứng nhận: OCOP");
        assertThat(xlsx.header())
                .containsExactly(
                        "Loại chứng nhận",
                        "Đơn vị được cấp",
                        "Sản phẩm",
                        "Số chứng nhận",
                        "Hiệu lực từ ngày",
                        "Hiệu lực đến ngày",
                        "Hiệu lực hôm nay",
                        "Dữ liệu minh họa");
        assertThat(xlsx.rows()).hasSize(1);
        ReadRow ocop = xlsx.rows().get(0);
        assertThat(ocop.cell(0).text()).isEqualTo("OCOP 4 sao");
        assertThat(ocop.cell(1).text()).isEqualTo("Công ty kẹo dừa Định Thủy xuất khẩu thử · Xã Định Thủy");
        assertThat(ocop.cell(4).date()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(ocop.cell(5).date()).isEqualTo(today.plusDays(400));
        assertThat(ocop.cell(6).text()).isEqualTo("Còn hiệu lực");
        assertThat(ocop.cell(7).text()).isEqualTo("Có");
    }

    @Test
    void csvFollowsTheFiltersAndTheSortAsked() throws Exception {
        List<String> lines = Exported.csv(export(
                get("/certifications")
                        .param("q", WORDS)
                        .param("sort", "number,desc")
                        .param("format", "csv"),
                "t-admin"));
        assertThat(lines.get(0)).startsWith("Loại chứng nhận,Đơn vị được cấp,");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.split(",")[3])
                .containsExactly("XK-VG-1", "XK-OCOP-2", "XK-GG-3");
        List<String> expiring = Exported.csv(export(
                get("/certifications")
                        .param("q", WORDS)
                        .param("expiring", "true")
                        .param("format", "csv"),
                "t-admin"));
        assertThat(expiring).hasSize(2);
        assertThat(expiring.get(1))
                .startsWith("VietGAP,HTX dừa Mỏ Cày xuất khẩu thử · Huyện Mỏ Cày Nam,,XK-VG-1,03/04/2024,");
    }
}

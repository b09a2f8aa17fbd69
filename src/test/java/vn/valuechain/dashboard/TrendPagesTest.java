package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * The trends page on a province of two chains, "today" being 15/11/2025 (the page's reference date). The coconut chain
 * of Mỏ Cày Nam has its cooperative and its buyer; its offtake contract runs from 01/04/2025 (in force from the end of
 * Quý 2/2025) and its cooperative's VietGAP certificate from 01/07/2025 (from the end of Quý 3/2025). The pomelo chain
 * of Chợ Lách has nothing. Quarters of 2024-2025: eight, the last (Quý 4/2025) on 15/11/2025.
 */
class TrendPagesTest extends WebTest {

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    Province p;

    @BeforeEach
    void setUp() {
        p = data.provinceWithUsers();
        Cooperative dinhThuy = registry.cooperative("HTX Định Thủy", p.dinhThuy());
        Enterprise buyer = new Enterprise("Công ty CP Betrimex");
        em.persist(buyer);
        Chain coconut = registry.chain("Chuỗi dừa Mỏ Cày Nam", "Dừa", p.moCayNam());
        coconut.addParticipant(Party.ofCooperative(dinhThuy), ParticipantRole.PRODUCER)
                .getStages()
                .add(Stage.PRODUCTION);
        coconut.addParticipant(Party.ofEnterprise(buyer), ParticipantRole.BUYER)
                .getStages()
                .add(Stage.CONSUMPTION);
        registry.chain("Chuỗi bưởi Chợ Lách", "Bưởi da xanh", p.choLach());
        LinkageContract offtake =
                new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(dinhThuy), Party.ofEnterprise(buyer));
        offtake.setChain(coconut);
        offtake.setStatus(ContractStatus.SIGNED);
        offtake.setStartOn(LocalDate.of(2025, 4, 1));
        em.persist(offtake);
        Certification vietGap = new Certification(CertificationType.VIETGAP, Party.ofCooperative(dinhThuy));
        vietGap.setProduct(registry.product("Dừa"));
        vietGap.setStatus(CertificationStatus.VALID);
        vietGap.setValidFrom(LocalDate.of(2025, 7, 1));
        vietGap.setValidTo(LocalDate.of(2028, 6, 30));
        em.persist(vietGap);
        em.flush();
    }

    Document page(String user, String... params) throws Exception {
        var request = get("/dashboard/trends").param("date", "15/11/2025").with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** The cells of a quarter's row: the quarter, then the headline figures in the order of {@link HeadlineFigure}. */
    static List<String> quarter(Document page, int year, int quarter) {
        Element row = page.getElementById("quarter-" + year + "-" + quarter);
        assertThat(row).as("Quý %d/%d", quarter, year).isNotNull();
        return row.children().eachText();
    }

    @Test
    void eachQuarterOfTheSpanHasTheFiguresOfItsLastDay() throws Exception {
        Document page = page("t-staff", "unit", p.benTre().getId().toString(), "from", "2024", "to", "2025");
        assertThat(page.select("#trend-table tbody tr")).hasSize(8);
        // quarter | chains | complete | HTX and DN | certified | offtake | stable HTX | stable THT | enterprises |
        // coverage ×2
        assertThat(quarter(page, 2024, 1))
                .containsExactly("Quý 1/2024", "2", "0", "1", "0", "0", "0", "0", "0", "—", "—");
        assertThat(quarter(page, 2025, 1))
                .containsExactly("Quý 1/2025", "2", "0", "1", "0", "0", "0", "0", "0", "—", "—");
        assertThat(quarter(page, 2025, 2))
                .containsExactly("Quý 2/2025", "2", "0", "1", "0", "1", "0", "0", "1", "—", "—");
        assertThat(quarter(page, 2025, 3))
                .containsExactly("Quý 3/2025", "2", "0", "1", "1", "1", "0", "0", "1", "—", "—");
        // the running quarter, on the reference date; the offtake contract has run 7 months: not yet stable
        assertThat(quarter(page, 2025, 4))
                .containsExactly("Quý 4/2025", "2", "0", "1", "1", "1", "0", "0", "1", "—", "—");
        assertThat(page.getElementById("quarter-2026-1")).isNull();

        String chart = page.getElementById("trend-data").data().replaceAll("\\s", "");
        // one label a quarter (the serializer may escape "ý" and "/")
        assertThat(chart.split("2024", -1)).hasSize(5);
        assertThat(chart.split("2025", -1)).hasSize(5);
        assertThat(chart)
                // the counts in the order of the headlines: chains, complete, HTX and DN, certified, offtake, …
                .contains("[[2,2,2,2,2,2,2,2],[0,0,0,0,0,0,0,0],[1,1,1,1,1,1,1,1],[0,0,0,0,0,0,1,1],[0,0,0,0,0,1,1,1]");
    }

    @Test
    void twoDatesSideBySideWithTheChange() throws Exception {
        Document page = page("t-viewer", "unit", p.benTre().getId().toString(), "since", "31/12/2024");
        Element comparison = page.getElementById("comparison");
        assertThat(comparison.selectFirst(".card-header").text())
                .isEqualTo("So sánh ngày 31/12/2024 với ngày 15/11/2025");
        assertThat(comparison.getElementById("figure-all").children().eachText())
                .containsExactly("Chuỗi giá trị", "2", "2", "0");
        assertThat(comparison.getElementById("figure-offtake").children().eachText())
                .containsExactly("Chuỗi có hợp đồng tiêu thụ", "0", "1/2", "+1");
        assertThat(comparison.getElementById("figure-certified").children().eachText())
                .containsExactly("Chuỗi có chứng nhận VietGAP/ATTP", "0", "1/2", "+1");
        assertThat(comparison.getElementById("figure-contracted").children().eachText())
                .containsExactly("Độ bao phủ hợp đồng", "—", "—", "—");
    }

    @Test
    void aLocalOfficialSeesTheirUnitsTrend() throws Exception {
        Document page = page("t-district", "from", "2025", "to", "2025");
        assertThat(page.text()).contains("Huyện Mỏ Cày Nam");
        // the Chợ Lách chain is not theirs
        assertThat(quarter(page, 2025, 4))
                .containsExactly("Quý 4/2025", "1", "0", "1", "1", "1", "0", "0", "1", "—", "—");
        mvc.perform(get("/dashboard/trends")
                        .param("unit", p.choLach().getId().toString())
                        .with(as("t-district")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSpanThePageCannotShowIsSaidAndTheDefaultShown() throws Exception {
        Document page = page("t-admin", "unit", p.benTre().getId().toString(), "from", "2026", "to", "2018");
        assertThat(page.getElementById("span-error").text())
                .isEqualTo("Khoảng thời gian không hợp lệ: năm đầu không được sau năm cuối và tối đa 20 năm. "
                        + "Đang hiển thị khoảng mặc định.");
        assertThat(page.getElementById("from").hasClass("is-invalid")).isTrue();
        // the default: the nine years up to the reference date's, 2017-2025: 32 quarters and the four of 2025
        assertThat(page.select("#trend-table tbody tr")).hasSize(36);
        assertThat(page.getElementById("quarter-2017-1")).isNotNull();
    }

    @Test
    void theDashboardAndTheHomePageLeadToTheTrends() throws Exception {
        Document dashboard = page("t-staff");
        assertThat(dashboard.getElementById("trend-form")).isNotNull();
        String link = Jsoup.parse(mvc.perform(
                                get("/dashboard").param("date", "15/11/2025").with(as("t-staff")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .getElementById("dashboard-trends")
                .attr("href");
        assertThat(link).startsWith("/dashboard/trends?date=15/11/2025");
        assertThat(Jsoup.parse(mvc.perform(get("/").with(as("t-viewer")))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .getElementById("home-trends"))
                .isNotNull();
    }
}

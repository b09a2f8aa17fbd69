package vn.valuechain.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.certification.Certification;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.Chain;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * In English the main pages say nothing in Vietnamese but the data (names of units, products, agencies, people), and
 * write numbers, dates and units the English way: "1,234.5 tonnes", "62.5%", "15 Mar 2026".
 */
class EnglishPagesTest extends WebTest {

    /** Letters only Vietnamese uses: ă â đ ê ô ơ ư, ĩ ũ, and the letters with Vietnamese tone marks. */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[\\u0102\\u0103\\u00C2\\u00E2\\u0110\\u0111\\u00CA\\u00EA\\u00D4\\u00F4\\u01A0\\u01A1\\u01AF\\u01B0"
                    + "\\u0128\\u0129\\u0168\\u0169\\u1EA0-\\u1EF9]");

    @Autowired
    RegistryData registry;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    Cooperative coop;
    Chain chain;
    Enterprise company;
    LinkageContract contract;
    Certification certificate;

    @BeforeEach
    void setUp() {
        AdministrativeUnit province = data.unit(AdministrativeLevel.PROVINCE, "99", "Test Province", null);
        AdministrativeUnit district = data.unit(AdministrativeLevel.DISTRICT, "998", "North District", province);
        AdministrativeUnit commune = data.unit(AdministrativeLevel.COMMUNE, "99801", "River Commune", district);
        data.user("t-admin", Role.ADMIN, null);
        data.user("t-staff", Role.STAFF, null);
        data.user("t-district", Role.DISTRICT, district);
        coop = registry.cooperative("Coconut Cooperative", commune);
        chain = registry.chainWith(coop, "Coconut Chain", district);
        company = new Enterprise("Coconut Company");
        company.setAdministrativeUnit(commune);
        em.persist(company);
        contract = new LinkageContract(ContractType.OFFTAKE, Party.ofCooperative(coop), Party.ofEnterprise(company));
        contract.setNumber("C-1");
        contract.setChain(chain);
        contract.setStatus(ContractStatus.SIGNED);
        contract.setStartOn(LocalDate.of(2026, 3, 15));
        contract.setVolume(new BigDecimal("1234.5"));
        contract.setVolumeUnit(MeasureUnit.TAN);
        em.persist(contract);
        certificate = new Certification(CertificationType.VIETGAP, Party.ofCooperative(coop));
        certificate.setNumber("VG-1");
        certificate.setProduct(chain.getProduct());
        certificate.setStatus(CertificationStatus.VALID);
        certificate.setValidFrom(LocalDate.of(2026, 3, 15));
        certificate.setValidTo(LocalDate.now().plusYears(2));
        em.persist(certificate);
        em.flush();
    }

    @Test
    void theMainPagesHaveNoVietnameseButTheData() throws Exception {
        List<String> pages = List.of(
                "/",
                "/dashboard",
                "/dashboard/chains?selection=all",
                "/dashboard/chains?selection=dropped",
                "/dashboard/cooperatives",
                "/methodology",
                "/chains",
                "/chains/" + chain.getId(),
                "/chains/" + chain.getId() + "/scorecard",
                "/chains/new",
                "/cooperatives",
                "/cooperatives/" + coop.getId(),
                "/cooperatives/new",
                "/enterprises",
                "/enterprises/" + company.getId(),
                "/contracts",
                "/contracts/" + contract.getId(),
                "/contracts/new",
                "/certifications",
                "/certifications/" + certificate.getId(),
                "/plans",
                "/action-items",
                "/action-items/by-agency",
                "/action-items/by-chain",
                "/progress-reports",
                "/reports",
                "/notifications",
                "/account");
        List<String> data = data();
        List<String> found = new ArrayList<>();
        for (String user : List.of("t-admin", "t-staff")) {
            for (String page : pages) {
                found.addAll(vietnamese(user, page, data));
            }
        }
        for (String page : List.of("/admin/users", "/admin/users/new", "/admin/import", "/admin/units")) {
            found.addAll(vietnamese("t-admin", page, data));
        }
        found.addAll(vietnamese("t-district", "/", data));
        found.addAll(vietnamese("t-district", "/my-items", data));
        assertThat(found).isEmpty();
    }

    @Test
    void numbersDatesAndUnitsAreWrittenTheEnglishWay() throws Exception {
        Document list = page("t-staff", "/contracts");
        assertThat(list.text()).contains("1,234.5 tonnes").contains("15 Mar 2026");
        Document view = page("t-staff", "/contracts/" + contract.getId());
        assertThat(view.text()).contains("1,234.5 tonnes");
        Document certificates = page("t-staff", "/certifications");
        assertThat(certificates.text()).contains("15 Mar 2026");
        // and in Vietnamese the Vietnamese way
        Document vi =
                Jsoup.parse(mvc.perform(get("/contracts").param("lang", "vi").with(as("t-staff")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(vi.text()).contains("1.234,5 tấn").contains("15/03/2026");
    }

    /** The Vietnamese words a page shows (its text and the attributes people read), data taken out. */
    private List<String> vietnamese(String user, String url, List<String> data) throws Exception {
        Document page = page(user, url);
        StringBuilder shown = new StringBuilder(page.body().text());
        for (Element e : page.select("[title], [placeholder], [aria-label], [alt]")) {
            shown.append(' ').append(e.attr("title")).append(' ').append(e.attr("placeholder"));
            shown.append(' ').append(e.attr("aria-label")).append(' ').append(e.attr("alt"));
        }
        shown.append(' ').append(page.title());
        String text = shown.toString();
        for (String value : data) {
            text = text.replace(value, " ");
        }
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            Matcher m = VIETNAMESE.matcher(word);
            if (m.find()) {
                words.add(user + " " + url + ": " + word);
            }
        }
        return words;
    }

    private Document page(String user, String url) throws Exception {
        var response = mvc.perform(get(url).param("lang", "en").with(as(user)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** What the records and reference lists say, longest first (a unit's name before the words in it). */
    private List<String> data() {
        List<String> values = new ArrayList<>();
        for (String sql : List.of(
                "select name from product",
                "select name from agency",
                "select short_name from agency where short_name is not null",
                "select alias from agency_alias",
                "select name from administrative_unit",
                "select display_name from app_user")) {
            values.addAll(jdbc.sql(sql).query(String.class).list());
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        return values;
    }
}

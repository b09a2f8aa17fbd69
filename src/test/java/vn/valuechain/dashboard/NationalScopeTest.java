package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.support.RegistryData;
import vn.valuechain.support.WebTest;
import vn.valuechain.user.Role;

/**
 * A national installation (no province set up, the units of several provinces) groups the whole country's table by
 * province, a few dozen rows instead of one per commune; a province's figures, and any province's installation, by
 * commune as before.
 */
class NationalScopeTest extends WebTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Autowired
    IndicatorService indicators;

    @Autowired
    RegistryData registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    AdministrativeUnit canTho;
    AdministrativeUnit anGiang;

    @BeforeEach
    void twoProvinces() {
        canTho = data.unit(AdministrativeLevel.PROVINCE, "92", "Thành phố Cần Thơ", null);
        anGiang = data.unit(AdministrativeLevel.PROVINCE, "91", "Tỉnh An Giang", null);
        AdministrativeUnit ninhKieu = data.unit(AdministrativeLevel.COMMUNE, "31117", "Phường Ninh Kiều", canTho);
        AdministrativeUnit caiRang = data.unit(AdministrativeLevel.COMMUNE, "31147", "Phường Cái Răng", canTho);
        AdministrativeUnit longXuyen = data.unit(AdministrativeLevel.COMMUNE, "30307", "Phường Long Xuyên", anGiang);
        registry.chain("Chuỗi dừa Ninh Kiều", "Dừa", ninhKieu);
        registry.chain("Chuỗi dừa Cái Răng", "Dừa", caiRang);
        registry.chain("Chuỗi dừa Long Xuyên", "Dừa", longXuyen);
        data.user("t-admin", Role.ADMIN, null);
        em.flush();
    }

    @Test
    void theWholeCountryIsGroupedByProvinceAndAProvinceByCommune() throws Exception {
        assertThat(labels(indicators.byUnit(new IndicatorFilter(DAY, UnitScope.ALL, null, null))))
                .containsExactly("Thành phố Cần Thơ 2", "Tỉnh An Giang 1");
        assertThat(labels(indicators.byUnit(new IndicatorFilter(DAY, UnitScope.of(under(canTho)), null, null))))
                .containsExactly("Phường Cái Răng 1", "Phường Ninh Kiều 1");

        String country = page("/dashboard");
        assertThat(country).contains("Tỉnh, thành phố", "Thành phố Cần Thơ").doesNotContain("Phường Ninh Kiều");
        String province = page("/dashboard?unit=" + canTho.getId());
        assertThat(province).contains("Xã, phường, đặc khu", "Phường Ninh Kiều").doesNotContain("Tỉnh, thành phố");
    }

    @Test
    void aProvincesCommunesArePagedAndTheTotalIsTheWholeProvinces() throws Exception {
        for (int i = 1; i <= 30; i++) {
            String name = "Xã Thử nghiệm %02d".formatted(i);
            registry.chain(
                    "Chuỗi dừa " + name,
                    "Dừa",
                    data.unit(AdministrativeLevel.COMMUNE, "9%04d".formatted(i), name, anGiang));
        }
        em.flush();

        String first = page("/dashboard?unit=" + anGiang.getId());
        assertThat(first)
                .contains("Phường Long Xuyên", "Xã Thử nghiệm 24", "Trang 1/2", "Tổng số: 31")
                .doesNotContain("Xã Thử nghiệm 25");
        String second = page("/dashboard?unit=" + anGiang.getId() + "&page=1");
        assertThat(second)
                .contains("Xã Thử nghiệm 25", "Xã Thử nghiệm 30", "Trang 2/2")
                .doesNotContain("Xã Thử nghiệm 24", "Phường Long Xuyên");
        // The total row is the province's on every page: 31 chains.
        assertThat(totalRow(first)).contains(">31<");
        assertThat(totalRow(second)).contains(">31<");
        // The export of the table has every commune, whatever page the link was taken from.
        assertThat(second)
                .contains("href=\"/dashboard?unit=" + anGiang.getId() + "&amp;format=xlsx&amp;table=byUnit\"");
    }

    private static String totalRow(String html) {
        int at = html.indexOf("id=\"byUnit-total\"");
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void aProvincesInstallationKeepsItsCommunes() {
        jdbc.sql("insert into deployment (id, province_code, province_id) values (1, '92', :id)")
                .param("id", canTho.getId())
                .update();

        assertThat(labels(indicators.byUnit(new IndicatorFilter(DAY, UnitScope.ALL, null, null))))
                .containsExactly("Phường Cái Răng 1", "Phường Long Xuyên 1", "Phường Ninh Kiều 1");
    }

    private List<Long> under(AdministrativeUnit unit) {
        return jdbc.sql("select unit_id from unit_map where target_id = :id")
                .param("id", unit.getId())
                .query(Long.class)
                .list();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(as("t-admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> labels(List<GroupRow> rows) {
        return rows.stream().map(r -> r.name() + " " + r.chains()).toList();
    }
}

package vn.valuechain.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.deployment.DeploymentService;
import vn.valuechain.support.IntegrationTest;

/**
 * Vĩnh Long set up with its agencies and those of Bến Tre, Trà Vinh and old Vĩnh Long: a cell resolves within the
 * plan's province and date, never to a body of another time or province, and what does not resolve is flagged.
 */
@Transactional
class AgencyOfProvinceAndDateTest extends IntegrationTest {

    static final LocalDate IN_2026 = LocalDate.of(2026, 5, 1);
    static final LocalDate IN_2018 = LocalDate.of(2018, 6, 15);

    @Autowired
    DeploymentService deployment;

    @Autowired
    AgencyResolver resolver;

    @Autowired
    AgencyService agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    jakarta.persistence.EntityManager em;

    long vinhLong;
    long benTre;

    @BeforeEach
    void vinhLong() {
        vinhLong = deployment.setUp("86", "test").units().provinceId();
        benTre = unit("PROVINCE", "83", false);
    }

    @Test
    void a2026PlanOfVinhLongReadsTodaysDepartmentsAndCommunes() {
        AgencyResolver.Reader reader = resolver.reader(vinhLong, IN_2026);

        assertThat(names(reader.read("Sở Nông nghiệp và Môi trường")))
                .containsExactly("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long");
        assertThat(names(reader.read("Sở NN&MT"))).containsExactly("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long");
        assertThat(names(reader.read("Trung tâm Khuyến nông tỉnh")))
                .containsExactly("Trung tâm Khuyến nông tỉnh Vĩnh Long");
        assertThat(names(reader.read("Liên minh HTX tỉnh Vĩnh Long")))
                .containsExactly("Liên minh Hợp tác xã tỉnh Vĩnh Long");
        // Never Bến Tre's, Trà Vinh's or old Vĩnh Long's department of before 01/07/2025.
        assertThat(names(reader.read("Sở Công Thương"))).containsExactly("Sở Công Thương tỉnh Vĩnh Long");
        assertThat(agencyProvince(reader.read("Sở Công Thương"))).isEqualTo(vinhLong);

        // A commune's People's Committee is the commune itself.
        List<ResolvedAgency> longHo = reader.read("UBND xã Long Hồ");
        assertThat(longHo).singleElement().satisfies(a -> {
            assertThat(a.unitName()).isEqualTo("Xã Long Hồ");
            assertThat(a.unitId()).isEqualTo(unit("COMMUNE", "29602", true));
            assertThat(a.needsReview()).isFalse();
        });
        // units-2025.csv: 124 communes and wards of Vĩnh Long
        assertThat(reader.read("UBND các xã, phường")).hasSize(124).noneMatch(ResolvedAgency::needsReview);

        // Bodies that ended (Sở NN&PTNT on 28/02/2025, Sở KH&ĐT into Sở Tài chính) and districts (abolished) are
        // flagged, not guessed.
        assertThat(reader.read("Sở NN&PTNT")).singleElement().matches(ResolvedAgency::needsReview);
        assertThat(reader.read("Sở Kế hoạch và Đầu tư")).singleElement().matches(ResolvedAgency::needsReview);
        assertThat(reader.read("UBND huyện Chợ Lách")).singleElement().matches(ResolvedAgency::needsReview);
    }

    @Test
    void benTresPlanOf2018ReadsBenTresDepartmentsAndDistrictsOfThen() {
        AgencyResolver.Reader reader = resolver.reader(benTre, IN_2018);

        assertThat(names(reader.read("Sở Công Thương"))).containsExactly("Sở Công Thương tỉnh Bến Tre");
        assertThat(names(reader.read("Sở Nông Nghiệp & PTNT")))
                .containsExactly("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre");
        // Bến Tre's own way of writing it (agencies-83.tsv).
        assertThat(names(reader.read("Sở nghiệp và PTNT")))
                .containsExactly("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre");
        // Eight huyện and the thành phố of Bến Tre in 2018 (units-before-2025.csv, parent 83).
        assertThat(reader.read("UBND các huyện và thành phố")).hasSize(9);
        assertThat(reader.read("Sở Nông nghiệp và Môi trường")).singleElement().matches(ResolvedAgency::needsReview);
    }

    @Test
    void progressByTodaysAgencyFollowsTheSuccessors() {
        long nnPtnt = agency("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bến Tre");
        long khDt = agency("Sở Kế hoạch và Đầu tư tỉnh Bến Tre");
        long ctTraVinh = agency("Sở Công Thương tỉnh Trà Vinh");

        Map<Long, AgencyService.AgencyLabel> today = agencies.today(List.of(nnPtnt, khDt, ctTraVinh));

        assertThat(today.get(nnPtnt).id()).isEqualTo(agency("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long"));
        assertThat(today.get(khDt).id()).isEqualTo(agency("Sở Tài chính tỉnh Vĩnh Long"));
        assertThat(today.get(ctTraVinh).id()).isEqualTo(agency("Sở Công Thương tỉnh Vĩnh Long"));
        assertThat(today.get(nnPtnt).label()).isEqualTo("Sở NN&MT");
    }

    @Test
    void ngheAnsPlanReadsNgheAnsDepartments() {
        // A second installation is another database: here the same one, Nghệ An's bodies loaded beside.
        jdbc.sql("delete from deployment").update();
        em.clear();
        long ngheAn = deployment.setUp("40", "test").units().provinceId();

        assertThat(names(resolver.reader(ngheAn, IN_2026).read("Sở Công Thương")))
                .containsExactly("Sở Công Thương tỉnh Nghệ An");
        assertThat(names(resolver.reader(vinhLong, IN_2026).read("Sở Công Thương")))
                .containsExactly("Sở Công Thương tỉnh Vĩnh Long");
    }

    private List<String> names(List<ResolvedAgency> resolved) {
        return resolved.stream()
                .map(a -> a.agencyId() == null
                        ? "⚠ " + a.writtenAs()
                        : jdbc.sql("select name from agency where id = :id")
                                .param("id", a.agencyId())
                                .query(String.class)
                                .single())
                .toList();
    }

    private Long agencyProvince(List<ResolvedAgency> resolved) {
        return jdbc.sql("select province_id from agency where id = :id")
                .param("id", resolved.get(0).agencyId())
                .query(Long.class)
                .single();
    }

    /** The agency of this name, the latest when two provinces' bodies of two times share it (old and new Vĩnh Long). */
    private long agency(String name) {
        return jdbc.sql(
                        "select id from agency where name = :name order by coalesce(valid_to, date '9999-12-31') desc limit 1")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private long unit(String level, String code, boolean today) {
        return jdbc.sql("""
                        select id from administrative_unit
                        where official and level = :level and code = :code and (valid_to is null) = :today""")
                .param("level", level)
                .param("code", code)
                .param("today", today)
                .query(Long.class)
                .single();
    }
}

package vn.valuechain.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.UnitReferenceLoader.LoadedProvince;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.TestData;

/**
 * Setting an installation up for its province loads that province's units of today, every old unit that went into
 * it with the crosswalk, and its agencies, and nothing of another province. Expected counts are those of the reference
 * files, counted by hand (awk over units-2025.csv and crosswalk-2025.csv).
 */
@Transactional
class ProvinceSetupTest extends IntegrationTest {

    @Autowired
    DeploymentService deployment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Test
    void vinhLongLoadsItsCommunesAndTheOldUnitsOfBenTreTraVinhAndOldVinhLong() {
        DeploymentService.SetUp done = deployment.setUp("86", "test");
        LoadedProvince units = done.units();

        // units-2025.csv: 124 lines "commune,…,86,…"; crosswalk: 359 rows into 86, 354 distinct old communes (five
        // split)
        assertThat(units.communes()).isEqualTo(124);
        assertThat(count(
                        "select count(*) from administrative_unit where parent_id = :p and level = 'COMMUNE'",
                        units.provinceId()))
                .isEqualTo(124);
        assertThat(units.oldCommunes()).isEqualTo(354);
        assertThat(units.oldDistricts()).isEqualTo(26);
        assertThat(units.absorbed())
                .extracting(o -> o.code() + " " + o.name())
                .containsExactly("83 Tỉnh Bến Tre", "84 Tỉnh Trà Vinh", "86 Tỉnh Vĩnh Long");
        assertThat(units.crossings()).isEqualTo(359);
        // 1 province + 124 communes today; 3 provinces + 26 districts + 354 communes until 30/06/2025
        assertThat(count("select count(*) from administrative_unit where official", null))
                .isEqualTo(508);
        assertThat(count("select count(*) from administrative_unit_succession", null))
                .isEqualTo(359);
        // Bến Tre's nine districts and 148 communes, all of them merged whole (lookup-bentre-83-to-2025.csv).
        assertThat(count("""
                select count(*) from administrative_unit c join administrative_unit d on d.id = c.parent_id
                join administrative_unit p on p.id = d.parent_id
                where p.code = '83' and c.level = 'COMMUNE' and c.successor_id is not null""", null)).isEqualTo(148);

        // Xã Định Thủy (Mỏ Cày Nam, 28930) went whole into Xã Đồng Khởi (28945); Bến Tre into Vĩnh Long.
        assertThat(today("28930")).isEqualTo(List.of("Xã Đồng Khởi whole"));
        assertThat(jdbc.sql("""
                        select t.code || ' ' || t.name from unit_map m join administrative_unit u on u.id = m.unit_id
                        join administrative_unit t on t.id = m.target_id
                        where u.code = '83' and u.level = 'PROVINCE' and m.valid_from = date '2025-07-01'""").query(String.class).list()).containsExactly("86 Tỉnh Vĩnh Long");

        assertThat(deployment.current())
                .get()
                .extracting(DeploymentService.Province::departmentName)
                .isEqualTo("Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long");
        // 20 bodies of today, 26 of each of the three old provinces, Bến Tre's 3 more, 7 phrases of any province
        assertThat(done.agencies()).isEqualTo(20 + 3 * 26 + 3 + 7);
    }

    @Test
    void ngheAnLoadsOnlyItsOwnUnitsAndAgencies() {
        DeploymentService.SetUp done = deployment.setUp("40", "test");

        assertThat(done.units().communes()).isEqualTo(130);
        assertThat(done.units().oldCommunes()).isEqualTo(412);
        assertThat(done.units().oldDistricts()).isEqualTo(20);
        assertThat(done.units().absorbed()).extracting(o -> o.name()).containsExactly("Tỉnh Nghệ An");
        // 1 + 130 today, 1 + 20 + 412 before: and not one unit of another province
        assertThat(count("select count(*) from administrative_unit where official", null))
                .isEqualTo(564);
        assertThat(count("""
                with recursive up(id, top) as (
                    select id, id from administrative_unit where official
                    union all
                    select up.id, p.parent_id from up join administrative_unit p on p.id = up.top where p.parent_id is not null)
                select count(distinct up.id) from up join administrative_unit t on t.id = up.top
                where t.parent_id is null and t.code <> '40'""", null)).isZero();
        assertThat(done.agencies()).isEqualTo(20 + 26 + 7);
        assertThat(jdbc.sql("""
                        select distinct coalesce(p.code, '-') from agency a left join administrative_unit p on p.id = a.province_id
                        where a.reference_code is not null order by 1""").query(String.class).list()).containsExactly("-", "40");
        // V21's Bến Tre agencies that nothing names are gone.
        assertThat(count("""
                select count(*) from agency a where a.name like '%Bến Tre%'
                and not exists (select 1 from action_item_agency ia where ia.agency_id = a.id)""", null)).isZero();
        assertThat(deployment.departmentName()).isEqualTo("Sở Nông nghiệp và Môi trường tỉnh Nghệ An");
    }

    @Test
    void unitsAlreadyThereAreAdoptedSoTheirRecordsKeepThem() {
        // Bến Tre as the demo data or a person entered it before: codes, no official flag, districts without dates.
        AdministrativeUnit benTre = data.unit(AdministrativeLevel.PROVINCE, "83", "Tỉnh Bến Tre", null);
        benTre.setValidTo(LocalDate.of(2025, 6, 30));
        AdministrativeUnit moCayNam = data.unit(AdministrativeLevel.DISTRICT, "833", "Huyện Mỏ Cày Nam", benTre);
        AdministrativeUnit dinhThuy = data.unit(AdministrativeLevel.COMMUNE, "28930", "Xã Định Thủy", moCayNam);

        DeploymentService.SetUp done = deployment.setUp("86", "test");

        assertThat(done.units().adopted()).isEqualTo(3);
        assertThat(done.units().inserted()).isEqualTo(508 - 3);
        Map<String, Object> row = jdbc.sql("select official, valid_to, type from administrative_unit where id = :id")
                .param("id", dinhThuy.getId())
                .query()
                .singleRow();
        assertThat(row).containsEntry("official", true).containsEntry("type", "Xã");
        assertThat(today("28930")).isEqualTo(List.of("Xã Đồng Khởi whole"));
    }

    @Test
    void anotherProvinceIsRefusedOnceSetUp() {
        deployment.setUp("86", "test");

        assertThatThrownBy(() -> deployment.setUp("40", "test"))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessage("setup.refused.other");
        assertThatThrownBy(() -> deployment.setUp("99", "test")).hasMessage("setup.refused.unknown");
        // The same province again refreshes its lists and changes nothing else.
        assertThat(deployment.setUp("86", "test").units().inserted()).isZero();
    }

    @Test
    void dongNaiIsACityFrom30April2026AndWasAProvinceBefore() {
        DeploymentService.SetUp done = deployment.setUp("75", "test");

        assertThat(done.units().changes()).isEqualTo(1);
        long id = done.units().provinceId();
        assertThat(jdbc.sql("select name from administrative_unit where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Thành phố Đồng Nai");
        assertThat(nameOn(id, LocalDate.of(2026, 4, 29))).isEqualTo("Tỉnh Đồng Nai");
        assertThat(nameOn(id, LocalDate.of(2026, 4, 30))).isEqualTo("Thành phố Đồng Nai");
        assertThat(deployment.departmentName()).isEqualTo("Sở Nông nghiệp và Môi trường thành phố Đồng Nai");
    }

    private String nameOn(long id, LocalDate on) {
        return jdbc.sql("select vco_unit_name(:id, :on)")
                .param("id", id)
                .param("on", on)
                .query(String.class)
                .single();
    }

    /** The units of today an old commune's records count under, with "whole" or "part". */
    private List<String> today(String oldCommuneCode) {
        return jdbc.sql("""
                        select t.name || case when m.whole then ' whole' else ' part' end
                        from unit_map m join administrative_unit u on u.id = m.unit_id
                        join administrative_unit t on t.id = m.target_id
                        where u.code = :code and u.level = 'COMMUNE' and u.valid_to = date '2025-06-30'
                          and m.level = 'COMMUNE' and m.valid_from = date '2025-07-01'
                        order by t.name""").param("code", oldCommuneCode).query(String.class).list();
    }

    private long count(String sql, Long p) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (p != null) {
            spec = spec.param("p", p);
        }
        return spec.query(Long.class).single();
    }
}

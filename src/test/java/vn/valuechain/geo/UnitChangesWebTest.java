package vn.valuechain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.support.TestData.Province;
import vn.valuechain.support.WebTest;

/**
 * An administrator enters a unit's dated changes: a new type and name from a day (the unit and its code stay; tables of
 * an earlier date keep the old name), a change dated later waits for its day, a corrected code still finds the unit.
 */
class UnitChangesWebTest extends WebTest {

    @Autowired
    GeoService geo;

    @Autowired
    UnitChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfficeTime officeTime;

    @Autowired
    EntityManager em;

    Province p;
    AdministrativeUnit commune;

    @BeforeEach
    void province() {
        p = data.provinceWithUsers();
        commune = data.unit(AdministrativeLevel.COMMUNE, "07240", "Xã Yên Phụ", p.benTre());
        em.flush();
    }

    @Test
    void aCommuneBecomesAWardFromADayAndKeepsItsCode() throws Exception {
        mvc.perform(post("/admin/units/{id}/changes", commune.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("effectiveOn", "01/09/2026")
                        .param("newType", "Phường")
                        .param("newName", "Phường Yên Phụ")
                        .param("basis", "Nghị quyết 39/2026/QH16"))
                .andExpect(status().is3xxRedirection());
        em.flush();
        em.clear();

        AdministrativeUnit after = geo.get(commune.getId());
        assertThat(after.getName()).isEqualTo("Phường Yên Phụ");
        assertThat(after.getType()).isEqualTo("Phường");
        assertThat(after.getCode()).isEqualTo("07240");
        assertThat(nameOn(LocalDate.of(2026, 8, 31))).isEqualTo("Xã Yên Phụ");
        assertThat(nameOn(LocalDate.of(2026, 9, 1))).isEqualTo("Phường Yên Phụ");
        mvc.perform(get("/admin/units/{id}/edit", commune.getId()).with(as("t-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Xã Yên Phụ → Phường Yên Phụ")))
                .andExpect(content().string(Matchers.containsString("Nghị quyết 39/2026/QH16")));
    }

    @Test
    void aChangeDatedLaterWaitsForItsDay() {
        LocalDate later = officeTime.today().plusDays(10);
        changes.record(commune.getId(), new UnitChanges.Change(later, null, "Phường", "Phường Yên Phụ", null), "test");
        em.flush();
        em.clear();

        assertThat(geo.get(commune.getId()).getName()).isEqualTo("Xã Yên Phụ");
        assertThat(nameOn(later)).isEqualTo("Phường Yên Phụ");
        assertThat(changes.of(commune.getId())).singleElement().matches(c -> !c.applied());
        // A change must come after the last one: its day is not yet, so an earlier one is refused.
        assertThat(changes.problem(commune.getId(), officeTime.today())).isEqualTo("unit.change.notAfterLast");
    }

    @Test
    void aCorrectedCodeStillFindsTheUnit() throws Exception {
        mvc.perform(post("/admin/units/{id}/changes", commune.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("effectiveOn", "01/08/2025")
                        .param("newCode", "07241"))
                .andExpect(status().is3xxRedirection());
        em.flush();

        assertThat(geo.byCode(AdministrativeLevel.COMMUNE, "07241"))
                .extracting(UnitRow::id)
                .containsExactly(commune.getId());
        assertThat(geo.byCode(AdministrativeLevel.COMMUNE, "07240"))
                .extracting(UnitRow::id)
                .containsExactly(commune.getId());
    }

    @Test
    void aChangeOfNothingOrByAnotherRoleIsRefused() throws Exception {
        mvc.perform(post("/admin/units/{id}/changes", commune.getId())
                        .with(as("t-admin"))
                        .with(csrf())
                        .param("effectiveOn", "01/08/2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy nhập loại, tên hoặc mã mới.")));
        for (String user : new String[] {"t-staff", "t-district", "t-viewer"}) {
            mvc.perform(post("/admin/units/{id}/changes", commune.getId())
                            .with(as(user))
                            .with(csrf())
                            .param("effectiveOn", "01/08/2026")
                            .param("newName", "Phường X"))
                    .andExpect(status().isForbidden());
        }
        assertThat(changes.of(commune.getId())).isEmpty();
    }

    private String nameOn(LocalDate on) {
        return jdbc.sql("select vco_unit_name(:id, :on)")
                .param("id", commune.getId())
                .param("on", on)
                .query(String.class)
                .single();
    }
}

package vn.valuechain.support;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestComponent;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.user.AppUser;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/** Builds the small province the tests work in: Bến Tre, two of its districts, a commune, and one user per role. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "matkhau-thu-nghiem";

    private final EntityManager em;
    private final UserService users;

    TestData(EntityManager em, UserService users) {
        this.em = em;
        this.users = users;
    }

    public AdministrativeUnit unit(AdministrativeLevel level, String code, String name, AdministrativeUnit parent) {
        AdministrativeUnit unit = new AdministrativeUnit(level, code, name, parent);
        em.persist(unit);
        return unit;
    }

    public Province province() {
        AdministrativeUnit benTre = unit(AdministrativeLevel.PROVINCE, "83", "Tỉnh Bến Tre", null);
        benTre.setValidTo(LocalDate.of(2025, 6, 30));
        AdministrativeUnit moCayNam = unit(AdministrativeLevel.DISTRICT, "836", "Huyện Mỏ Cày Nam", benTre);
        AdministrativeUnit choLach = unit(AdministrativeLevel.DISTRICT, "835", "Huyện Chợ Lách", benTre);
        AdministrativeUnit dinhThuy = unit(AdministrativeLevel.COMMUNE, "28927", "Xã Định Thủy", moCayNam);
        return new Province(benTre, moCayNam, choLach, dinhThuy);
    }

    /** A user who has already chosen their own password. */
    public AppUser user(String username, Role role, AdministrativeUnit unit) {
        AppUser user =
                users.create(username, "Người dùng " + username, role, unit == null ? null : unit.getId(), PASSWORD);
        user.setMustChangePassword(false);
        em.flush();
        return user;
    }

    /** One user of each role; the DISTRICT user works for Mỏ Cày Nam. */
    public Province provinceWithUsers() {
        Province p = province();
        user("t-admin", Role.ADMIN, null);
        user("t-staff", Role.STAFF, null);
        user("t-district", Role.DISTRICT, p.moCayNam());
        user("t-viewer", Role.VIEWER, null);
        return p;
    }

    public record Province(
            AdministrativeUnit benTre,
            AdministrativeUnit moCayNam,
            AdministrativeUnit choLach,
            AdministrativeUnit dinhThuy) {}
}

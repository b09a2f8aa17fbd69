package vn.valuechain.dashboard;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitRow;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Turns the dashboard's parameters into a filter: today by default; a DISTRICT user's figures are always
 * limited to their unit (a unit outside it is not found), with the province's figures kept for comparison. The
 * summary report reads its figures through the same rules.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DashboardFilters {

    private final GeoService geo;
    private final OfficeTime officeTime;
    private final FiguresCache cache;

    /** One transaction for the look-ups of the unit, its scope and the tables' level, which run on every page. */
    @Transactional(readOnly = true)
    public Resolved resolve(LocalDate date, Long unit, Long product, Long plan, UnitScopedUser user) {
        LocalDate d = date == null ? officeTime.today() : date;
        UnitScope reach = subtree(GeoService.scopeRoot(user));
        Long unitId = unit != null ? unit : user.getUnitId();
        if (unitId != null && !reach.contains(unitId)) {
            throw new NotFoundException("AdministrativeUnit", unitId);
        }
        UnitRow unitRow = unitId == null ? null : cache.get(new Unit(unitId), () -> geo.row(unitId));
        IndicatorFilter filter = new IndicatorFilter(d, subtree(unitId), product, plan);
        IndicatorFilter province = user.isDistrictUser() ? new IndicatorFilter(d, UnitScope.ALL, product, plan) : null;
        return new Resolved(
                d,
                unitRow,
                product,
                plan,
                filter,
                province,
                groupLevel(d, filter.units().unrestricted()),
                reach);
    }

    /*
     * The units, their names and the tables' level change only with the map of units, whose changes advance the
     * figures' generation: kept with the figures, they cost the page no statement beside the generation's.
     */
    private AdministrativeLevel groupLevel(LocalDate on, boolean whole) {
        return cache.get(new GroupLevel(on, whole), () -> geo.groupLevel(on, whole));
    }

    private UnitScope subtree(Long unitId) {
        return unitId == null ? UnitScope.ALL : cache.get(new Subtree(unitId), () -> geo.filter(unitId));
    }

    private record GroupLevel(LocalDate on, boolean whole) {}

    private record Unit(long id) {}

    private record Subtree(long id) {}

    /** The filter as the page shows it; province is set for a DISTRICT user's comparison column. */
    public record Resolved(
            LocalDate date,
            UnitRow unit,
            Long productId,
            Long planId,
            IndicatorFilter filter,
            IndicatorFilter province,
            AdministrativeLevel groupLevel,
            UnitScope reach) {

        public Long unitId() {
            return unit == null ? null : unit.id();
        }

        public String unitName() {
            return unit == null ? null : unit.name();
        }

        /** Whether the page may link to the figures of this unit (a DISTRICT user: only within their reach). */
        public boolean mayOpen(Long unitId) {
            return reach.contains(unitId);
        }
    }
}

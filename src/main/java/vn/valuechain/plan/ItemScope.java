package vn.valuechain.plan;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.shared.security.UnitScopedUser;

/** What a user may see of the framework: everything, or (DISTRICT) the items naming their unit or a unit below it. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemScope {

    private final GeoService geo;

    public Scope of(UnitScopedUser user) {
        if (user == null || user.getUnitId() == null) {
            return Scope.ALL;
        }
        return new Scope(false, geo.subtreeIds(user.getUnitId()));
    }

    /** The items naming a unit of the given ones (a report's unit filter, already within the user's reach). */
    public static Scope of(UnitScope units) {
        return units.unrestricted() ? Scope.ALL : new Scope(false, units.ids());
    }

    public record Scope(boolean all, List<Long> units) {

        public static final Scope ALL = new Scope(true, List.of());

        /** For an "in" clause, which may not be empty. */
        public List<Long> unitsParameter() {
            return units.isEmpty() ? List.of(-1L) : units;
        }

        public boolean includes(Long unitId) {
            return all || units.contains(unitId);
        }
    }
}

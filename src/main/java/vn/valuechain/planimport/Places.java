package vn.valuechain.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitRow;
import vn.valuechain.shared.domain.Folding;

/**
 * The administrative unit a plan's table of cooperatives names for a cooperative: its commune within its district,
 * among the units of the plan's province as they were on the plan's date (a 2018 plan names districts abolished since).
 * A commune the list does not have falls back to its district, a district it does not have to the province, and the
 * dry run says so; names are compared without accents, case or their level's word ("xã", "huyện").
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Places {

    /** Where a cooperative is put, and why it is not where the table says when it is not ({@code note}, its argument). */
    public record Place(Long unitId, String unitName, String note, String noteArg) {}

    private final GeoService geo;

    Reader reader(Long provinceId, LocalDate on) {
        return new Reader(provinceId, on);
    }

    /** Reads the places of one table, asking for each district's communes once. */
    final class Reader {

        private final Long provinceId;
        private final LocalDate on;
        private final Map<Long, List<UnitRow>> children = new HashMap<>();

        private Reader(Long provinceId, LocalDate on) {
            this.provinceId = provinceId;
            this.on = on;
        }

        Place find(String commune, String district) {
            if (provinceId == null) {
                return new Place(null, null, "plan.import.cooperatives.noProvince", null);
            }
            List<UnitRow> top = children(provinceId);
            UnitRow d = district == null ? null : one(level(top, AdministrativeLevel.DISTRICT), district);
            if (commune != null) {
                List<UnitRow> pool = new ArrayList<>();
                if (d != null) {
                    pool.addAll(children(d.id()));
                } else {
                    pool.addAll(level(top, AdministrativeLevel.COMMUNE));
                    level(top, AdministrativeLevel.DISTRICT).forEach(u -> pool.addAll(children(u.id())));
                }
                UnitRow c = one(pool, commune);
                if (c != null) {
                    return new Place(c.id(), GeoService.label(c), null, null);
                }
            }
            if (d != null) {
                return new Place(
                        d.id(),
                        GeoService.label(d),
                        commune == null ? null : "plan.import.cooperatives.communeNotFound",
                        commune);
            }
            String name = geo.row(provinceId).name();
            if (commune != null || district != null) {
                return new Place(
                        provinceId,
                        name,
                        "plan.import.cooperatives.placeNotFound",
                        commune != null ? commune : district);
            }
            return new Place(provinceId, name, "plan.import.cooperatives.noPlace", null);
        }

        private List<UnitRow> children(long id) {
            return children.computeIfAbsent(
                    id,
                    k -> geo.children(k).stream()
                            .filter(u -> on == null
                                    || (u.validFrom() == null || !on.isBefore(u.validFrom()))
                                            && (u.validTo() == null || !on.isAfter(u.validTo())))
                            .toList());
        }
    }

    private static List<UnitRow> level(List<UnitRow> units, AdministrativeLevel level) {
        return units.stream().filter(u -> u.level() == level).toList();
    }

    /** The one unit of this name (its level's word, accents and case aside), or null for none or several. */
    private static UnitRow one(List<UnitRow> units, String written) {
        String wanted = bare(written);
        List<UnitRow> found =
                units.stream().filter(u -> bare(u.name()).equals(wanted)).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    private static String bare(String name) {
        return Folding.fold(CooperativeTableParser.bare(name))
                .replaceAll("\\s+", " ")
                .strip();
    }
}

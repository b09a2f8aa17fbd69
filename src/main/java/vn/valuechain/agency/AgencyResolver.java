package vn.valuechain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyService.AgencyNames;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitRow;

/**
 * Reads the agency cells of a plan's items against the agency registry and the districts of the plan's province:
 * "Sở Nông Nghiệp & PTNT" is the Sở NN&PTNT, "UBND các huyện: Chợ Lách, Bình Đại" are two districts, and what matches
 * nothing is kept as written and flagged.
 */
@Service
@Transactional(readOnly = true)
public class AgencyResolver {

    private final AgencyService agencies;
    private final GeoService geo;

    AgencyResolver(AgencyService agencies, GeoService geo) {
        this.agencies = agencies;
        this.geo = geo;
    }

    /**
     * A reader for the cells of one plan: the agencies known now, and the districts of the province that existed on
     * the date (districts were abolished in 2025, but a 2018 plan still names them). No province, no districts.
     */
    public Reader reader(Long provinceId, LocalDate on) {
        AgencyVocabulary vocabulary = new AgencyVocabulary();
        Map<Long, AgencyNames> byId = new HashMap<>();
        Map<Long, AgencyNames> committeeOfUnit = new HashMap<>();
        for (AgencyNames a : agencies.directory()) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.name());
            names.add(a.shortName());
            vocabulary.agency(a.id(), names);
            byId.put(a.id(), a);
            if (a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.unitId() != null) {
                committeeOfUnit.put(a.unitId(), a);
            }
        }
        // In the order of their official codes, so that a group phrase lists its districts the same way every time.
        Map<Long, UnitRow> districts = provinceId == null
                ? Map.of()
                : geo.children(provinceId).stream()
                        .filter(u -> u.level() == AdministrativeLevel.DISTRICT)
                        .filter(u -> on == null || isValidOn(u, on))
                        .sorted(Comparator.comparing(UnitRow::code))
                        .collect(Collectors.toMap(UnitRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        districts.values().forEach(u -> vocabulary.district(u.id(), u.name()));
        return new Reader(new AgencyCellParser(vocabulary), byId, committeeOfUnit, districts);
    }

    private static boolean isValidOn(UnitRow unit, LocalDate date) {
        return (unit.validFrom() == null || !date.isBefore(unit.validFrom()))
                && (unit.validTo() == null || !date.isAfter(unit.validTo()));
    }

    /** Reads cells; built by {@link #reader} and good for one request. */
    public static final class Reader {

        private final AgencyCellParser parser;
        private final Map<Long, AgencyNames> agencies;
        private final Map<Long, AgencyNames> committeeOfUnit;
        private final Map<Long, UnitRow> districts;

        private Reader(
                AgencyCellParser parser,
                Map<Long, AgencyNames> agencies,
                Map<Long, AgencyNames> committeeOfUnit,
                Map<Long, UnitRow> districts) {
            this.parser = parser;
            this.agencies = agencies;
            this.committeeOfUnit = committeeOfUnit;
            this.districts = districts;
        }

        /** One entry per agency or unit: a group phrase naming three districts gives three, written alike. */
        public List<ResolvedAgency> read(String cell) {
            return parser.parse(cell).stream().flatMap(this::resolve).toList();
        }

        private Stream<ResolvedAgency> resolve(AgencyPhrase phrase) {
            if (phrase.agencyId() != null) {
                AgencyNames agency = agencies.get(phrase.agencyId());
                return Stream.of(new ResolvedAgency(
                        phrase.writtenAs(), agency.id(), agency.label(), agency.unitId(), null, false));
            }
            if (!phrase.unitIds().isEmpty()) {
                return phrase.unitIds().stream().map(id -> {
                    AgencyNames committee = committeeOfUnit.get(id);
                    return new ResolvedAgency(
                            phrase.writtenAs(),
                            committee == null ? null : committee.id(),
                            committee == null ? null : committee.label(),
                            id,
                            districts.get(id).name(),
                            false);
                });
            }
            return Stream.of(new ResolvedAgency(phrase.writtenAs(), null, null, null, null, true));
        }
    }

    /**
     * An agency (and the unit it governs, for a People's Committee), or a unit of a group phrase (with its People's
     * Committee when the registry has one), or nothing: kept as written and flagged.
     */
    public record ResolvedAgency(
            String writtenAs, Long agencyId, String agencyLabel, Long unitId, String unitName, boolean needsReview) {}
}

package vn.valuechain.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.agency.AgencyService.AgencyNames;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitRow;

/**
 * Reads the agency cells of a plan's items against the agencies and units of the plan's province on the item's date:
 * "Sở Nông Nghiệp & PTNT" is Bến Tre's Sở NN&PTNT in a Bến Tre plan of 2018, "Sở Công Thương" Vĩnh Long's in a Vĩnh Long
 * plan of 2026 (never an absorbed province's department of before), "UBND các huyện: Chợ Lách, Bình Đại" two districts,
 * "UBND xã Long Hồ" the commune, "UBND các xã, phường" all of them; what matches nothing, or more than one, is kept as
 * written and flagged.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyResolver {

    private final AgencyService agencies;
    private final GeoService geo;

    /**
     * A reader for the cells of one plan on a date: the agencies of the province (and of the provinces that went into
     * it, and of none) in existence then, and the districts and communes of the province in force then (districts
     * were abolished in 2025, but a 2018 plan still names them). No province: agencies of any province, no units.
     */
    public Reader reader(Long provinceId, LocalDate on) {
        AgencyVocabulary vocabulary = new AgencyVocabulary();
        Map<Long, AgencyNames> byId = new HashMap<>();
        Map<Long, AgencyNames> committeeOfUnit = new HashMap<>();
        for (AgencyNames a : agencies.directory(provinceId, on)) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.name());
            names.add(a.shortName());
            vocabulary.agency(a.id(), names);
            byId.put(a.id(), a);
            if (a.kind() == AgencyKind.PEOPLES_COMMITTEE && a.unitId() != null) {
                committeeOfUnit.put(a.unitId(), a);
            }
        }
        // In the order of their official codes, so that a group phrase lists its units the same way every time.
        Map<Long, UnitRow> units = new LinkedHashMap<>();
        if (provinceId != null) {
            geo.unitsIn(provinceId, AdministrativeLevel.DISTRICT, on).forEach(u -> {
                units.put(u.id(), u);
                vocabulary.district(u.id(), u.name());
            });
            geo.unitsIn(provinceId, AdministrativeLevel.COMMUNE, on).forEach(u -> {
                units.put(u.id(), u);
                vocabulary.commune(u.id(), u.name());
            });
        }
        return new Reader(new AgencyCellParser(vocabulary), byId, committeeOfUnit, units);
    }

    /** Reads cells; built by {@link #reader} and good for one request. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    public static final class Reader {

        private final AgencyCellParser parser;
        private final Map<Long, AgencyNames> agencies;
        private final Map<Long, AgencyNames> committeeOfUnit;
        private final Map<Long, UnitRow> units;

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
                            units.get(id).name(),
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

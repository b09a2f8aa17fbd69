package vn.valuechain.geo;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.NotFoundException;

/** Administrative units: the tree, search for pickers, and the admin's edits. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GeoService {

    private static final int PICKER_SIZE = 20;

    private final AdministrativeUnitRepository units;
    private final Successions successions;
    private final OfficeTime officeTime;

    public List<UnitRow> roots() {
        return units.findRoots();
    }

    public List<UnitRow> children(long parentId) {
        return units.findChildren(parentId);
    }

    public UnitRow row(long id) {
        UnitRow row = units.findRow(id);
        if (row == null) {
            throw new NotFoundException("AdministrativeUnit", id);
        }
        return row;
    }

    /** For pickers: every unit, those in force today first (old units are marked as ended). */
    public List<UnitRow> search(String q, AdministrativeLevel level) {
        return search(q, level, null);
    }

    /** For pickers: the units in force on the date (today's for a new record, the dashboard's date), or all. */
    public List<UnitRow> search(String q, AdministrativeLevel level, LocalDate on) {
        String query = q == null ? "" : q.trim();
        return units.search(query, level, on, officeTime.today(), PageRequest.of(0, PICKER_SIZE));
    }

    /**
     * The level tables group by on a date: districts while districts were in force (before 01/07/2025), communes and
     * wards after; provinces for the whole scope (not limited to a unit) of a national installation ({@code
     * vco_group_level} in SQL, which the tables' queries use).
     */
    public AdministrativeLevel groupLevel(LocalDate on, boolean whole) {
        return AdministrativeLevel.valueOf(units.groupLevel(on, whole));
    }

    /**
     * The units of a level in force on the date whose records count under the unit given (the districts of a province
     * in 2018, the communes of Vĩnh Long today), in the order of their official codes; any date when none is given.
     */
    public List<UnitRow> unitsIn(long unitId, AdministrativeLevel level, LocalDate on) {
        return units.findIn(unitId, level, on);
    }

    /** Whether the unit is in force today: a new record is registered in today's units only. */
    public boolean isCurrent(long unitId) {
        return get(unitId).isValidOn(officeTime.today());
    }

    /**
     * Whether a form may register a record in these units: each in force today, or one the record had already (an
     * old record keeps the old unit it was registered in; a person does not choose an old unit anew).
     */
    public boolean registrable(java.util.Collection<Long> unitIds, java.util.Collection<Long> before) {
        return unitIds.stream().filter(java.util.Objects::nonNull).allMatch(id -> before.contains(id) || isCurrent(id));
    }

    /**
     * The units a person may mean by what they wrote: an official code, a name, or "name, parent's name" as the
     * lists show a commune ("Xã Định Thủy, Huyện Mỏ Cày Nam"). Several when the name alone is ambiguous.
     */
    public List<UnitRow> find(String written) {
        String text = written == null ? "" : written.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        int comma = text.indexOf(',');
        if (comma < 0) {
            return units.findByNameOrCode(text);
        }
        String parent = text.substring(comma + 1).trim();
        return units.findByNameOrCode(text.substring(0, comma).trim()).stream()
                .filter(u -> u.parentName() != null && u.parentName().equalsIgnoreCase(parent))
                .toList();
    }

    /** For an imported cell: the one unit it names, or why it names none. */
    public Parsed<Ref> unitRef(String written) {
        List<UnitRow> found = find(written);
        if (found.size() == 1) {
            return new Parsed<>(Ref.of(found.get(0).id(), label(found.get(0))), null);
        }
        return new Parsed<>(null, found.isEmpty() ? "import.value.unit" : "import.value.unitAmbiguous");
    }

    /** Every unit as lists write it, for a template's drop-down list. */
    public List<String> labels() {
        return units.findAllRows().stream().map(GeoService::label).toList();
    }

    /** A unit as lists and exports write it: "Xã Định Thủy, Huyện Mỏ Cày Nam". */
    public static String label(UnitRow unit) {
        return label(unit.name(), unit.parentName());
    }

    /**
     * A unit as lists and exports write it, "Xã Định Thủy, Huyện Mỏ Cày Nam", and as imports read it back
     * ({@link #find}); null for no unit.
     */
    public static String label(String name, String parentName) {
        return name == null || parentName == null ? name : name + ", " + parentName;
    }

    public AdministrativeUnit get(long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("AdministrativeUnit", id));
    }

    /**
     * The units whose records count under this one: itself, the units below it, and those of another time that went
     * into it wholly or in part (a new commune's old communes) or that it is made of (an old district's new communes),
     * read from the unit map the database keeps. Units coarser than it (an old district for a new commune) are not.
     */
    public List<Long> subtreeIds(long unitId) {
        return units.findSubtreeIds(unitId);
    }

    /**
     * What a user may see: everything, or for a DISTRICT user their unit, the units below it and the old units that
     * went into it ({@link #subtreeIds}).
     */
    public UnitScope scopeOf(UnitScopedUser user) {
        Long root = scopeRoot(user);
        return root == null ? UnitScope.ALL : UnitScope.of(subtreeIds(root));
    }

    /** Whether the user may see a record located in this unit (one without a unit: users of the whole province). */
    public boolean reaches(UnitScopedUser user, AdministrativeUnit unit) {
        return user == null || !user.isDistrictUser() || scopeOf(user).contains(unit == null ? null : unit.getId());
    }

    /** The unit whose {@link #subtreeIds} a user may see, null for everything (see {@link UnitScope#SCOPE_UNITS}). */
    public static Long scopeRoot(UnitScopedUser user) {
        return user == null ? null : user.getUnitId();
    }

    /** A list filter by unit: the unit chosen and everything below it, or everything when none is chosen. */
    public UnitScope filter(Long unitId) {
        return unitId == null ? UnitScope.ALL : UnitScope.of(subtreeIds(unitId));
    }

    /** The units with this official code at this level (a code is reused by successors, so possibly several). */
    public List<UnitRow> byCode(AdministrativeLevel level, String code) {
        return units.findByCode(level, code.trim());
    }

    /** Another unit of the level has the code during the period (an old unit and its successor may share one). */
    public boolean codeTaken(AdministrativeLevel level, String code, Long exceptId, LocalDate from, LocalDate to) {
        return units.existsOtherWithCode(level, code.trim(), exceptId == null ? -1 : exceptId, from, to);
    }

    @Transactional
    public AdministrativeUnit save(UnitData data) {
        AdministrativeUnit unit = data.id() == null ? new AdministrativeUnit() : get(data.id());
        if (data.id() != null) {
            StaleEdit.check(unit, data.version());
        }
        Long successorBefore =
                unit.getSuccessor() == null ? null : unit.getSuccessor().getId();
        unit.setLevel(data.level());
        unit.setCode(data.code().trim());
        unit.setName(data.name().trim());
        unit.setType(typeOf(unit.getName()));
        unit.setParent(data.parentId() == null ? null : get(data.parentId()));
        unit.setValidFrom(data.validFrom());
        unit.setValidTo(data.validTo());
        unit.setSuccessor(data.successorId() == null ? null : get(data.successorId()));
        AdministrativeUnit saved = units.saveAndFlush(unit);
        if (!java.util.Objects.equals(successorBefore, data.successorId())) {
            // The successor chosen here is one the unit went into whole; the unit map follows (trigger).
            if (successorBefore != null) {
                successions.delete(saved.getId(), successorBefore);
            }
            if (data.successorId() != null) {
                successions.addWhole(
                        saved.getId(),
                        data.successorId(),
                        data.validTo() == null ? null : data.validTo().plusDays(1));
            }
        }
        return saved;
    }

    /** The official type word a unit's name starts with ("Huyện Chợ Lách": Huyện), or null. */
    static String typeOf(String name) {
        return TYPES.stream().filter(t -> name.startsWith(t + " ")).findFirst().orElse(null);
    }

    private static final List<String> TYPES =
            List.of("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Thị trấn", "Xã", "Phường", "Đặc khu");

    /** What the unit went into and what went into it (the 2025 crosswalk, or a successor an administrator chose). */
    public List<SuccessionRow> successions(long unitId) {
        return successions.of(unitId);
    }

    /** What the admin form submits, already validated for shape. */
    public record UnitData(
            Long id,
            long version,
            AdministrativeLevel level,
            String code,
            String name,
            Long parentId,
            LocalDate validFrom,
            LocalDate validTo,
            Long successorId) {}
}

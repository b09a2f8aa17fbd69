package vn.valuechain.geo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.OfficialUnits.Crossing;
import vn.valuechain.geo.OfficialUnits.Unit;

/**
 * Loads one province from the official lists: the province in force from 01/07/2025 and its communes, and every old
 * unit that went into it (old communes, their districts and provinces) with the crosswalk, and nothing else. A unit
 * the database has already (same level and code, of the same time: from the demo data or entered by hand) is adopted
 * and takes the official name, type and dates; its id, and so every record registered in it, stays.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnitReferenceLoader {

    private final JdbcClient jdbc;
    private final EntityManager em;
    private final UnitChanges changes;

    /** The provinces in force from 01/07/2025, for choosing a deployment's. */
    public List<Unit> provinces() {
        return OfficialUnits.get().provinces();
    }

    @Transactional
    public LoadedProvince load(String provinceCode, String by) {
        OfficialUnits lists = OfficialUnits.get();
        Unit province = lists.province(provinceCode)
                .orElseThrow(() -> new IllegalArgumentException("No province " + provinceCode + " in the list"));
        em.flush();
        // One rebuild of the unit map at the end instead of one per statement.
        jdbc.sql("select set_config('vco.unit_map_deferred', 'on', true)")
                .query()
                .singleValue();

        List<Crossing> crossings = lists.crossingsInto(provinceCode);
        Map<String, Unit> oldCommunes = new TreeMap<>();
        Map<String, Unit> oldDistricts = new TreeMap<>();
        Map<String, Unit> oldProvinces = new TreeMap<>();
        for (Crossing c : crossings) {
            String districtCode = c.oldDistrictCode();
            if (c.oldCommuneCode() != null) {
                Unit commune = lists.before(AdministrativeLevel.COMMUNE, c.oldCommuneCode())
                        .orElseThrow();
                oldCommunes.put(commune.code(), commune);
                districtCode = commune.parentCode();
            }
            Unit district =
                    lists.before(AdministrativeLevel.DISTRICT, districtCode).orElseThrow();
            oldDistricts.put(district.code(), district);
            oldProvinces.put(
                    district.parentCode(),
                    lists.before(AdministrativeLevel.PROVINCE, district.parentCode())
                            .orElseThrow());
        }

        Counts counts = new Counts();
        Map<String, Long> old = new HashMap<>();
        for (Unit u : oldProvinces.values()) {
            old.put(key(u), upsert(u, null, false, by, counts));
        }
        for (Unit u : oldDistricts.values()) {
            old.put(key(u), upsert(u, old.get("PROVINCE:" + u.parentCode()), false, by, counts));
        }
        for (Unit u : oldCommunes.values()) {
            old.put(key(u), upsert(u, old.get("DISTRICT:" + u.parentCode()), false, by, counts));
        }
        Map<String, Long> current = new LinkedHashMap<>();
        long provinceId = upsert(province, null, true, by, counts);
        current.put(key(province), provinceId);
        for (Unit u : lists.communesOf(provinceCode)) {
            current.put(key(u), upsert(u, provinceId, true, by, counts));
        }

        for (Crossing c : crossings) {
            long from = c.oldCommuneCode() == null
                    ? old.get("DISTRICT:" + c.oldDistrictCode())
                    : old.get("COMMUNE:" + c.oldCommuneCode());
            jdbc.sql("""
                            insert into administrative_unit_succession (predecessor_id, successor_id, whole, effective_on, wording)
                            values (:from, :to, :whole, :on, :wording)
                            on conflict (predecessor_id, successor_id)
                            do update set whole = excluded.whole, effective_on = excluded.effective_on, wording = excluded.wording
                            """)
                    .param("from", from)
                    .param("to", current.get("COMMUNE:" + c.newCommuneCode()))
                    .param("whole", c.whole())
                    .param("on", OfficialUnits.REFORM)
                    .param("wording", c.wording())
                    .update();
        }
        // The unit that took over an old one's area, where it is one: a commune merged whole, an old province.
        jdbc.sql("""
                        update administrative_unit u set successor_id = s.successor_id
                        from administrative_unit_succession s
                        where s.predecessor_id = u.id and s.whole and u.id in (:ids)
                          and not exists (select 1 from administrative_unit_succession o
                                          where o.predecessor_id = u.id and o.successor_id <> s.successor_id)
                        """).param("ids", List.copyOf(old.values())).update();
        jdbc.sql("update administrative_unit set successor_id = :province where id in (:ids)")
                .param("province", provinceId)
                .param(
                        "ids",
                        oldProvinces.values().stream().map(u -> old.get(key(u))).toList())
                .update();

        jdbc.sql("select set_config('vco.unit_map_deferred', 'off', true)")
                .query()
                .singleValue();
        jdbc.sql("select vco_unit_map_rebuild()").query().singleValue();
        em.clear();
        counts.changes = changes.recordShipped(current, by);

        List<OldProvince> absorbed = new ArrayList<>();
        oldProvinces.values().stream()
                .sorted(Comparator.comparing(Unit::code))
                .forEach(u -> absorbed.add(new OldProvince(old.get(key(u)), u.code(), u.name())));
        return new LoadedProvince(
                provinceId,
                province.code(),
                province.name(),
                absorbed,
                lists.communesOf(provinceCode).size(),
                oldCommunes.size(),
                oldDistricts.size(),
                crossings.size(),
                counts.inserted,
                counts.adopted,
                counts.changes);
    }

    /**
     * The unit's row: the one the database has of that level, code and time (an old unit ends on 30/06/2025, a new
     * one starts on 01/07/2025; a unit entered without dates is the old one when the old list has its code), updated
     * to the official name, type, parent and dates, or a new row. A unit renamed by a dated change keeps its name.
     */
    private long upsert(Unit u, Long parentId, boolean current, String by, Counts counts) {
        LocalDate from = current ? OfficialUnits.REFORM : null;
        LocalDate to = current ? null : OfficialUnits.LAST_DAY_BEFORE;
        boolean inOldList = OfficialUnits.get().before(u.level(), u.code()).isPresent();
        Long existing = jdbc.sql("""
                        select id from administrative_unit
                        where level = :level and code = :code
                          and (case when :current then coalesce(valid_from, date '0001-01-01') >= :reform
                                                       or (valid_from is null and valid_to is null and not :inOldList)
                                    else coalesce(valid_to, date '9999-12-31') < :reform
                                         or (valid_from is null and valid_to is null) end)
                        order by official desc, id limit 1
                        """)
                .param("level", u.level().name())
                .param("code", u.code())
                .param("current", current)
                .param("reform", OfficialUnits.REFORM)
                .param("inOldList", inOldList)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing == null) {
            counts.inserted++;
            return jdbc.sql("""
                            insert into administrative_unit (level, code, name, type, parent_id, valid_from, valid_to, official, created_by)
                            values (:level, :code, :name, :type, :parent, :from, :to, true, :by) returning id
                            """)
                    .paramSource(
                            new Official(u.level().name(), u.code(), u.name(), u.type(), parentId, from, to, by, null))
                    .query(Long.class)
                    .single();
        }
        counts.adopted++;
        jdbc.sql("""
                        update administrative_unit u
                        set name = case when exists (select 1 from administrative_unit_change c where c.unit_id = u.id)
                                        then u.name else :name end,
                            type = case when exists (select 1 from administrative_unit_change c where c.unit_id = u.id)
                                        then u.type else :type end,
                            parent_id = :parent, valid_from = coalesce(:from, u.valid_from), valid_to = :to,
                            official = true, version = u.version + 1, updated_at = now(), updated_by = :by
                        where u.id = :id
                        """)
                .paramSource(
                        new Official(u.level().name(), u.code(), u.name(), u.type(), parentId, from, to, by, existing))
                .update();
        return existing;
    }

    /** What the official list says of a unit, as the insert and the update of its row name it; id: the row updated. */
    private record Official(
            String level,
            String code,
            String name,
            String type,
            Long parent,
            LocalDate from,
            LocalDate to,
            String by,
            Long id) {}

    private static String key(Unit u) {
        return u.level() + ":" + u.code();
    }

    private static final class Counts {
        int inserted;
        int adopted;
        int changes;
    }

    /** An old province (until 30/06/2025) that went into the one loaded. */
    public record OldProvince(long id, String code, String name) {}

    /** What was loaded: the province, the old provinces it absorbed, and how many units of each kind. */
    public record LoadedProvince(
            long provinceId,
            String code,
            String name,
            List<OldProvince> absorbed,
            int communes,
            int oldCommunes,
            int oldDistricts,
            int crossings,
            int inserted,
            int adopted,
            int changes) {}
}

package vn.valuechain.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.cluster.ScheduledJobs;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Dated changes of units after the official lists (a commune renamed, a tỉnh becoming a thành phố, a code corrected):
 * entered by an administrator or shipped in {@code reference/unit-changes.tsv}. The unit's row holds what is true
 * today; a change dated later is applied on its day (daily, and at start-up), and names on earlier dates are read
 * from the changes (SQL function {@code vco_unit_name}).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UnitChanges {

    private static final Logger log = LoggerFactory.getLogger(UnitChanges.class);

    /** Claimed for less than a day, so that a server whose timer is late still finds the night's run due. */
    private static final Duration NIGHTLY = Duration.ofHours(20);

    private final UnitChangeRepository changes;
    private final AdministrativeUnitRepository units;
    private final OfficeTime officeTime;
    private final ScheduledJobs jobs;

    public List<ChangeRow> of(long unitId) {
        return changes.findByUnit(unitId).stream()
                .map(c -> new ChangeRow(
                        c.getEffectiveOn(),
                        c.getOldCode(),
                        c.getNewCode(),
                        c.getOldName(),
                        c.getNewName(),
                        c.getBasis(),
                        c.isApplied()))
                .toList();
    }

    /** Why this change cannot be recorded (a message key), or null. Changes are entered in the order of their days. */
    public String problem(long unitId, LocalDate effectiveOn) {
        return changes.lastDate(unitId)
                .filter(last -> !effectiveOn.isAfter(last))
                .map(last -> "unit.change.notAfterLast")
                .orElse(null);
    }

    /**
     * Records a change (blank parts stay as they are) and applies it when its day has come. The old values are the
     * unit's as they stand, so changes are entered in the order of their days ({@link #problem}).
     */
    @Transactional
    public void record(long unitId, Change change, String by) {
        AdministrativeUnit unit =
                units.findById(unitId).orElseThrow(() -> new NotFoundException("AdministrativeUnit", unitId));
        if (problem(unitId, change.effectiveOn()) != null) {
            throw new IllegalArgumentException("A change of unit " + unitId + " must be dated after its last one");
        }
        UnitChange c = new UnitChange();
        c.setUnit(unit);
        c.setEffectiveOn(change.effectiveOn());
        c.setOldCode(unit.getCode());
        c.setNewCode(orElse(change.code(), unit.getCode()));
        c.setOldType(unit.getType());
        c.setNewType(orElse(change.type(), unit.getType()));
        c.setOldName(unit.getName());
        c.setNewName(orElse(change.name(), unit.getName()));
        c.setBasis(
                change.basis() == null || change.basis().isBlank()
                        ? null
                        : change.basis().trim());
        c.setCreatedAt(Instant.now());
        c.setCreatedBy(by);
        if (!change.effectiveOn().isAfter(officeTime.today())) {
            apply(c);
        }
        changes.save(c);
    }

    /** The shipped changes for the units given (by level and code, those in force from 01/07/2025), once each. */
    @Transactional
    public int recordShipped(java.util.Map<String, Long> unitIdsByLevelAndCode, String by) {
        int recorded = 0;
        for (ShippedChange s : shipped()) {
            Long unitId = unitIdsByLevelAndCode.get(s.level() + ":" + s.code());
            if (unitId != null
                    && changes.findByUnit(unitId).stream()
                            .noneMatch(c -> c.getEffectiveOn().equals(s.effectiveOn()))
                    && problem(unitId, s.effectiveOn()) == null) {
                record(unitId, new Change(s.effectiveOn(), null, s.type(), s.name(), s.basis()), by);
                recorded++;
            }
        }
        return recorded;
    }

    /** Every night just after midnight, office time, on one of the servers. */
    @Scheduled(cron = "0 1 0 * * *", zone = "${app.office-zone}")
    @Transactional
    public void applyDueNightly() {
        if (jobs.claim("unit-changes", NIGHTLY)) {
            applyDue();
        }
    }

    /** Applies the changes whose day has come: at start-up and every night. */
    @Transactional
    public void applyDue() {
        for (UnitChange c : changes.findDue(officeTime.today())) {
            apply(c);
            log.info("Unit {} is {} from {}", c.getOldName(), c.getNewName(), c.getEffectiveOn());
        }
    }

    private static void apply(UnitChange c) {
        AdministrativeUnit unit = c.getUnit();
        unit.setCode(c.getNewCode());
        unit.setType(c.getNewType());
        unit.setName(c.getNewName());
        c.setApplied(true);
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    static List<ShippedChange> shipped() {
        List<ShippedChange> list = new ArrayList<>();
        try (InputStream in = UnitChanges.class.getResourceAsStream("/reference/unit-changes.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                list.add(new ShippedChange(f[0], f[1], LocalDate.parse(f[2]), f[3], f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    /** What a change sets from its day; a blank code, type or name stays as it is. */
    public record Change(LocalDate effectiveOn, String code, String type, String name, String basis) {}

    public record ChangeRow(
            LocalDate effectiveOn,
            String oldCode,
            String newCode,
            String oldName,
            String newName,
            String basis,
            boolean applied) {}

    record ShippedChange(String level, String code, LocalDate effectiveOn, String type, String name, String basis) {}
}

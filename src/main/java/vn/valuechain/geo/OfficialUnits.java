package vn.valuechain.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The official lists shipped in {@code resources/reference/} (NSO, danhmuchanhchinh.nso.gov.vn; Decision
 * 19/2025/QĐ-TTg): the units in force until 30/06/2025, those in force from 01/07/2025, and the crosswalk between
 * them. Read once per JVM; immutable.
 */
public final class OfficialUnits {

    /** The day the reform took effect: districts abolished, provinces and communes merged. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    public static final LocalDate LAST_DAY_BEFORE = REFORM.minusDays(1);

    private static final String FOLDER = "/reference/";
    private static volatile OfficialUnits instance;

    private final Map<String, Unit> before;
    private final Map<String, Unit> after;
    private final List<Crossing> crosswalk;

    private OfficialUnits(List<Unit> before, List<Unit> after, List<Crossing> crosswalk) {
        this.before = byKey(before);
        this.after = byKey(after);
        this.crosswalk = List.copyOf(crosswalk);
    }

    public static OfficialUnits get() {
        OfficialUnits lists = instance;
        if (lists == null) {
            synchronized (OfficialUnits.class) {
                if (instance == null) {
                    instance = new OfficialUnits(
                            units("units-before-2025.csv.gz"),
                            units("units-2025.csv.gz"),
                            read("crosswalk-2025.csv.gz").stream()
                                    .map(r -> new Crossing(
                                            r.get("new_commune_code"),
                                            r.get("new_province_code"),
                                            blankToNull(r.get("old_commune_code")),
                                            r.get("old_district_code"),
                                            "whole".equals(r.get("merge_kind")),
                                            r.get("source_wording")))
                                    .toList());
                }
                lists = instance;
            }
        }
        return lists;
    }

    /** The 34 provinces in force from 01/07/2025, in the order of their codes. */
    public List<Unit> provinces() {
        return after.values().stream()
                .filter(u -> u.level() == AdministrativeLevel.PROVINCE)
                .toList();
    }

    public Optional<Unit> province(String code) {
        return Optional.ofNullable(after.get(key(AdministrativeLevel.PROVINCE, code)));
    }

    public List<Unit> communesOf(String provinceCode) {
        return after.values().stream()
                .filter(u -> u.level() == AdministrativeLevel.COMMUNE && provinceCode.equals(u.parentCode()))
                .toList();
    }

    /** The rows of the crosswalk whose new commune is in this (new) province. */
    public List<Crossing> crossingsInto(String provinceCode) {
        return crosswalk.stream()
                .filter(c -> c.newProvinceCode().equals(provinceCode))
                .toList();
    }

    /**
     * The province of today that an old province (until 30/06/2025) went into (Bến Tre 83 → Vĩnh Long 86), or the
     * province of today with that code.
     */
    public Optional<Unit> provinceNowOf(String code) {
        return crosswalk.stream()
                .filter(c -> before(AdministrativeLevel.DISTRICT, c.oldDistrictCode())
                        .map(d -> code.equals(d.parentCode()))
                        .orElse(false))
                .findFirst()
                .flatMap(c -> province(c.newProvinceCode()))
                .or(() -> province(code));
    }

    public Optional<Unit> before(AdministrativeLevel level, String code) {
        return Optional.ofNullable(before.get(key(level, code)));
    }

    public int sizeBefore() {
        return before.size();
    }

    public int sizeAfter() {
        return after.size();
    }

    public int crosswalkSize() {
        return crosswalk.size();
    }

    private static Map<String, Unit> byKey(List<Unit> units) {
        return units.stream()
                .collect(Collectors.toMap(
                        u -> key(u.level(), u.code()), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String key(AdministrativeLevel level, String code) {
        return level + ":" + code;
    }

    private static List<Unit> units(String file) {
        List<Unit> units = new ArrayList<>();
        for (CSVRecord r : read(file)) {
            units.add(new Unit(
                    AdministrativeLevel.valueOf(r.get("level").toUpperCase(java.util.Locale.ROOT)),
                    r.get("code"),
                    r.get("type"),
                    r.get("full_name"),
                    blankToNull(r.get("parent_code"))));
        }
        return units;
    }

    private static List<CSVRecord> read(String file) {
        try (InputStream in = OfficialUnits.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + FOLDER + file);
            }
            Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FOLDER + file, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A unit of an official list; the name is the full name as officially written ("Xã Định Thủy"). */
    public record Unit(AdministrativeLevel level, String code, String type, String name, String parentCode) {}

    /**
     * One row of the crosswalk: an old commune (or, in six rows, an old district without one) went into a new
     * commune, whole or in part.
     */
    public record Crossing(
            String newCommuneCode,
            String newProvinceCode,
            String oldCommuneCode,
            String oldDistrictCode,
            boolean whole,
            String wording) {}
}

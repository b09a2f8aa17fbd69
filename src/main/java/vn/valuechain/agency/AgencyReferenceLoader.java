package vn.valuechain.agency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitReferenceLoader.LoadedProvince;
import vn.valuechain.geo.UnitReferenceLoader.OldProvince;

/**
 * Loads the agencies of a deployment's province from {@code reference/agencies.tsv}: its bodies since 01/07/2025, the
 * bodies of each province that went into it until then (with the reorganisation of 01/03/2025 and their successors),
 * and the phrases every plan uses of its own province. An agency the database has already (same province and name, as
 * V21 left Bến Tre's) is adopted; V21's agencies that this deployment does not hold and no plan names are removed.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyReferenceLoader {

    private static final String PLACEHOLDER = "{tỉnh}";

    private final AgencyRepository agencies;
    private final GeoService geo;
    private final JdbcClient jdbc;

    /** @return how many agencies the deployment has from the list (loaded or adopted) */
    @Transactional
    public int load(LoadedProvince province) {
        List<Line> lines = lines("agencies.tsv");
        Map<String, Agency> current = new LinkedHashMap<>();
        Map<String, Map<String, Agency>> old = new HashMap<>();
        Set<Long> kept = new HashSet<>();
        AdministrativeUnit currentUnit = geo.get(province.provinceId());
        for (Line line : lines) {
            switch (line.scope()) {
                case "current" -> current.put(line.key(), upsert(line, currentUnit, currentUnit.getName()));
                case "generic" -> kept.add(upsert(line, null, null).getId());
                default -> {}
            }
        }
        for (OldProvince o : province.absorbed()) {
            AdministrativeUnit unit = geo.get(o.id());
            Map<String, Agency> bodies = new LinkedHashMap<>();
            List<Line> own = new ArrayList<>(lines);
            own.addAll(extras(o.code()));
            for (Line line : own) {
                if (!line.scope().equals("old")) {
                    continue;
                }
                Agency existing = bodies.get(line.key());
                if (existing != null) {
                    addAliases(
                            existing,
                            line.aliases().stream()
                                    .map(a -> written(a, o.name()))
                                    .toList());
                } else {
                    bodies.put(line.key(), upsert(line, unit, o.name()));
                }
            }
            old.put(o.code(), bodies);
        }
        for (OldProvince o : province.absorbed()) {
            Map<String, Agency> bodies = old.get(o.code());
            for (Line line : lines) {
                if (line.scope().equals("old") && !line.successor().isEmpty()) {
                    String[] s = line.successor().split(":");
                    bodies.get(line.key()).setSuccessor((s[0].equals("old") ? bodies : current).get(s[1]));
                }
            }
        }
        current.values().forEach(a -> kept.add(a.getId()));
        old.values().forEach(m -> m.values().forEach(a -> kept.add(a.getId())));
        agencies.flush();
        removeUnused(kept);
        return kept.size();
    }

    /** V21 created Bến Tre's agencies for every database: those this deployment does not hold and nothing names go. */
    private void removeUnused(Set<Long> kept) {
        jdbc.sql("""
                        delete from agency a
                        where a.created_by = 'system' and a.reference_code is null and a.id not in (:kept)
                          and not exists (select 1 from action_item_agency ia where ia.agency_id = a.id)
                          and not exists (select 1 from agency s where s.successor_id = a.id)
                        """).param("kept", List.copyOf(kept)).update();
    }

    private Agency upsert(Line line, AdministrativeUnit province, String provinceName) {
        String name = written(line.name(), provinceName);
        Long provinceId = province == null ? null : province.getId();
        Agency agency = agencies.findByReference(provinceId, line.key())
                .or(() -> agencies.findByProvinceAndName(provinceId, name))
                .orElseGet(Agency::new);
        agency.setName(name);
        agency.setShortName(line.shortName().isEmpty() ? null : written(line.shortName(), provinceName));
        agency.setKind(AgencyKind.valueOf(line.kind()));
        agency.setProvince(province);
        agency.setValidFrom(line.validFrom());
        agency.setValidTo(line.validTo());
        agency.setReferenceCode(line.key());
        if (agency.getKind() == AgencyKind.PEOPLES_COMMITTEE) {
            agency.setAdministrativeUnit(province);
        }
        addAliases(
                agency,
                line.aliases().stream().map(a -> written(a, provinceName)).toList());
        return agencies.save(agency);
    }

    private static void addAliases(Agency agency, List<String> aliases) {
        List<String> wanted = new ArrayList<>(
                agency.getAliases().stream().map(AgencyAlias::getAlias).toList());
        aliases.stream().filter(a -> !wanted.contains(a)).forEach(wanted::add);
        agency.replaceAliases(wanted);
    }

    /** "Sở Công Thương {tỉnh}" for Tỉnh Vĩnh Long: "Sở Công Thương tỉnh Vĩnh Long"; "thành phố Cần Thơ" for a city. */
    static String written(String template, String provinceName) {
        if (provinceName == null) {
            return template;
        }
        String of = Character.toLowerCase(provinceName.charAt(0)) + provinceName.substring(1);
        return template.replace(PLACEHOLDER, of);
    }

    private static List<Line> extras(String oldProvinceCode) {
        return AgencyReferenceLoader.class.getResource("/reference/agencies-" + oldProvinceCode + ".tsv") == null
                ? List.of()
                : lines("agencies-" + oldProvinceCode + ".tsv");
    }

    static List<Line> lines(String file) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = AgencyReferenceLoader.class.getResourceAsStream("/reference/" + file)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            while ((text = reader.readLine()) != null) {
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\t", -1);
                lines.add(new Line(
                        f[0],
                        f[1],
                        f[2],
                        f[3],
                        f[4],
                        f[5].isEmpty() ? null : LocalDate.parse(f[5]),
                        f[6].isEmpty() ? null : LocalDate.parse(f[6]),
                        f[7],
                        Arrays.stream(f[8].split(";"))
                                .map(String::trim)
                                .filter(a -> !a.isEmpty())
                                .toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    record Line(
            String scope,
            String key,
            String kind,
            String name,
            String shortName,
            LocalDate validFrom,
            LocalDate validTo,
            String successor,
            List<String> aliases) {}
}

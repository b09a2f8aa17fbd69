package vn.valuechain.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.chain.ChainStatus;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.contract.ContractType;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.enterprise.EnterpriseRole;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.shared.domain.MeasureUnit;

/**
 * The demo data of Bến Tre plan 2835/KH-UBND as the tab-separated files under {@code demo/ben-tre/} hold it: one
 * record per line, in the file's column order (each file's header says what the columns mean and where they come
 * from). Lines starting with # are comments.
 */
record BenTreData(
        Map<String, String> plan,
        List<Section> sections,
        List<ChainLine> chains,
        List<Item> items,
        List<TargetLine> targets,
        List<CooperativeLine> cooperatives,
        List<EnterpriseLine> enterprises,
        List<ContractLine> contracts,
        List<DeliveryLine> deliveries,
        List<CertificationLine> certifications,
        PlanFiles present) {

    static final String FOLDER = "/demo/ben-tre/";

    /** The illustrative plan of today's Vĩnh Long (2026), beside Bến Tre's of 2018. */
    static final String PRESENT = "/demo/vinh-long-2026/";

    static BenTreData read() {
        return new BenTreData(
                rows("plan.tsv").stream()
                        .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> b, LinkedHashMap::new)),
                rows("sections.tsv").stream().map(f -> new Section(f[0], f[1])).toList(),
                rows("chains.tsv").stream()
                        .map(f -> new ChainLine(
                                f[0],
                                f[1],
                                f[2],
                                ChainStatus.valueOf(f[3]),
                                list(f[4]),
                                f[5].isBlank() ? null : new BigDecimal(f[5]),
                                f[6].isBlank() ? null : LocalDate.parse(f[6]),
                                f[7].isBlank() ? null : LocalDate.parse(f[7]),
                                blankToNull(f[8])))
                        .toList(),
                rows("action-items.tsv").stream()
                        .map(f -> new Item(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]))
                        .toList(),
                rows("targets.tsv").stream()
                        .map(f -> new TargetLine(
                                f[0],
                                f[1],
                                f[2],
                                new BigDecimal(f[3]),
                                f[4],
                                f[5].isBlank() ? null : Integer.valueOf(f[5])))
                        .toList(),
                rows("cooperatives.tsv").stream()
                        .map(f -> new CooperativeLine(
                                f[0],
                                f[1],
                                f[2],
                                CooperativeStatus.valueOf(f[3]),
                                f[4],
                                f[5].isBlank() ? null : new BigDecimal(f[5]),
                                f[6].isBlank() ? null : MeasureUnit.valueOf(f[6]),
                                f[7],
                                Integer.valueOf(f[8]),
                                Integer.valueOf(f[9]),
                                f[10]))
                        .toList(),
                rows("enterprises.tsv").stream()
                        .map(f -> new EnterpriseLine(
                                f[0],
                                f[1],
                                f[2],
                                enums(EnterpriseRole.class, f[3]),
                                Arrays.stream(f[4].split(";"))
                                        .map(BenTreData::participation)
                                        .toList(),
                                Boolean.parseBoolean(f[5])))
                        .toList(),
                rows("contracts.tsv").stream()
                        .map(f -> new ContractLine(
                                f[0],
                                ContractType.valueOf(f[1]),
                                f[2],
                                f[3],
                                f[4],
                                f[5],
                                LocalDate.parse(f[6]),
                                LocalDate.parse(f[7]),
                                LocalDate.parse(f[8]),
                                new BigDecimal(f[9]),
                                MeasureUnit.valueOf(f[10]),
                                f[11],
                                Boolean.parseBoolean(f[12])))
                        .toList(),
                rows("deliveries.tsv").stream()
                        .map(f -> new DeliveryLine(f[0], LocalDate.parse(f[1]), new BigDecimal(f[2]), f[3]))
                        .toList(),
                rows("certifications.tsv").stream()
                        .map(f -> new CertificationLine(
                                f[0],
                                CertificationType.valueOf(f[1]),
                                f[2],
                                f[3],
                                new BigDecimal(f[4]),
                                f[5],
                                f[6],
                                LocalDate.parse(f[7]),
                                LocalDate.parse(f[8]),
                                Boolean.parseBoolean(f[9])))
                        .toList(),
                PlanFiles.read(PRESENT));
    }

    /** A plan's own files: its fields, its framework's sections and items (same columns as Bến Tre's). */
    record PlanFiles(Map<String, String> plan, List<Section> sections, List<Item> items) {

        static PlanFiles read(String folder) {
            return new PlanFiles(
                    rows(folder, "plan.tsv").stream()
                            .collect(Collectors.toMap(f -> f[0], f -> f[1], (a, b) -> b, LinkedHashMap::new)),
                    rows(folder, "sections.tsv").stream()
                            .map(f -> new Section(f[0], f[1]))
                            .toList(),
                    rows(folder, "action-items.tsv").stream()
                            .map(f -> new Item(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]))
                            .toList());
        }
    }

    String documentNumber() {
        return plan.get("document number");
    }

    /**
     * The official codes of the units of 2018 the plan's records name (cooperatives and chains), by level: the
     * province's is 2 digits, a district's 3, a commune's 5 (the GSO widths).
     */
    Map<AdministrativeLevel, Set<String>> unitCodes() {
        Map<AdministrativeLevel, Set<String>> codes = new java.util.EnumMap<>(AdministrativeLevel.class);
        java.util.stream.Stream.concat(
                        cooperatives.stream().map(CooperativeLine::unitCode),
                        java.util.stream.Stream.concat(
                                chains.stream().flatMap(c -> c.unitCodes().stream()),
                                java.util.stream.Stream.of(plan.get("province"))))
                .forEach(code -> codes.computeIfAbsent(levelOf(code), l -> new java.util.TreeSet<>())
                        .add(code));
        return codes;
    }

    static AdministrativeLevel levelOf(String code) {
        return switch (code.length()) {
            case 2 -> AdministrativeLevel.PROVINCE;
            case 3 -> AdministrativeLevel.DISTRICT;
            default -> AdministrativeLevel.COMMUNE;
        };
    }

    Map<String, CooperativeLine> cooperativesByKey() {
        return cooperatives.stream().collect(Collectors.toMap(CooperativeLine::key, Function.identity()));
    }

    /** "II.2:BUYER:COLLECTION,CONSUMPTION:lead": a chain's section, the role, the stages, and whether it leads. */
    private static Participation participation(String text) {
        String[] f = text.split(":", -1);
        return new Participation(f[0], ParticipantRole.valueOf(f[1]), enums(Stage.class, f[2]), f[3].equals("lead"));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String commaSeparated) {
        Set<E> set = EnumSet.noneOf(type);
        list(commaSeparated).forEach(name -> set.add(Enum.valueOf(type, name)));
        return set;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<String[]> rows(String file) {
        return rows(FOLDER, file);
    }

    private static List<String[]> rows(String folder, String file) {
        try (InputStream in = BenTreData.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo data file " + folder + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Section(String code, String title) {}

    /** A confirmed target of the item numbered ordinal in the section. */
    record TargetLine(String section, String ordinal, String indicator, BigDecimal value, String unit, Integer year) {}

    /** A chain of the plan; the planned output (in tấn) and its period, when given, are illustrative. */
    record ChainLine(
            String section,
            String name,
            String product,
            ChainStatus status,
            List<String> unitCodes,
            BigDecimal illustrativeOutput,
            LocalDate outputFrom,
            LocalDate outputTo,
            String description) {}

    record Item(
            String section,
            String ordinal,
            String content,
            String inputActivities,
            String expectedOutputs,
            String timeframe,
            String lead,
            String coordinating,
            String supporting) {}

    record CooperativeLine(
            String key,
            String section,
            String name,
            CooperativeStatus status,
            String unitCode,
            BigDecimal minScale,
            MeasureUnit scaleUnit,
            String targetPeriod,
            Integer yearFrom,
            Integer yearTo,
            String asWritten) {}

    record Participation(String section, ParticipantRole role, Set<Stage> stages, boolean lead) {}

    record EnterpriseLine(
            String key,
            String name,
            String unitCode,
            Set<EnterpriseRole> roles,
            List<Participation> chains,
            boolean illustrative) {}

    record ContractLine(
            String key,
            ContractType type,
            String number,
            String section,
            String seller,
            String buyer,
            LocalDate signedOn,
            LocalDate startOn,
            LocalDate endOn,
            BigDecimal volume,
            MeasureUnit volumeUnit,
            String priceTerms,
            boolean illustrative) {}

    record DeliveryLine(String contract, LocalDate deliveredOn, BigDecimal volume, String note) {}

    record CertificationLine(
            String key,
            CertificationType type,
            String holder,
            String product,
            BigDecimal areaHa,
            String number,
            String issuedBy,
            LocalDate validFrom,
            LocalDate validTo,
            boolean illustrative) {}
}

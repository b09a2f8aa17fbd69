package vn.valuechain.planimport;

import static vn.valuechain.planimport.CooperativeColumn.NAME;
import static vn.valuechain.planimport.CooperativeColumn.ORDINAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.planimport.CooperativeDescription.Read;
import vn.valuechain.planimport.Header.Period;
import vn.valuechain.planimport.SectionMarkers.Marker;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.table.ReadRow;

/**
 * The rows of a plan's table of cooperatives to found or consolidate (Phụ lục 1) after its header: a heading row per
 * product ("I. Sản phẩm Dừa"), then a row per cooperative (or per group of them: "Củng cố và nâng cấp 05 HTX hiện có"
 * is five) with the periods it is due in ticked "x". Its product, commune, district and scale come from their own
 * columns when the table has them, else from the row's description ({@link CooperativeDescription}).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class CooperativeTableParser {

    static final int MAX_NAME = 300;

    /** A cooperative the plan calls for, as the table says it: nothing looked up yet. */
    public record ParsedCooperative(
            String written,
            String name,
            CooperativeType type,
            CooperativeStatus status,
            String product,
            String commune,
            String district,
            BigDecimal scale,
            MeasureUnit scaleUnit,
            String period,
            Integer yearFrom,
            Integer yearTo,
            String note,
            Where where) {}

    /** The cooperatives under one heading (a product). */
    public record ParsedGroup(String title, Where where, List<ParsedCooperative> cooperatives) {}

    public record Result(List<ParsedGroup> groups) {

        public int count() {
            return groups.stream().mapToInt(g -> g.cooperatives().size()).sum();
        }
    }

    private static final Set<String> TICKS = Set.of("x", "×", "✓", "✔", "√", "v");

    private final List<Problem> problems;
    private final List<GroupBuilder> groups = new ArrayList<>();
    private GroupBuilder group;
    private RowBuilder last;

    void row(ReadRow row, Header<CooperativeColumn> header, Where where) {
        int ordinalAt = header.index(ORDINAL);
        int nameAt = header.index(NAME);
        String ordinal = row.cell(ordinalAt).text().strip();
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cell(i).isBlank()) {
                filled.add(i);
            }
        }
        int lastLeading = Math.max(ordinalAt, nameAt);
        if (!filled.isEmpty() && filled.stream().allMatch(i -> i <= lastLeading)) {
            Marker marker = filled.size() == 1
                    ? SectionMarkers.ofText(row.cell(filled.get(0)).text())
                    : SectionMarkers.ofCells(ordinal, row.cell(nameAt).text());
            if (marker == SectionMarkers.UNREADABLE) {
                problems.add(new Problem(
                        where,
                        "plan.import.headingWithoutCode",
                        row.cell(filled.get(0)).text()));
                group = new GroupBuilder(null, where);
                groups.add(group);
                last = null;
                return;
            }
            if (marker != null) {
                group = new GroupBuilder(marker.title(), where);
                groups.add(group);
                last = null;
                return;
            }
        }
        if (ordinal.isEmpty()) {
            // The rest of a row a page break split, or a remark running down the table: its words join the row above.
            if (last != null) {
                last.append(row, header);
            }
            return;
        }
        if (group == null) {
            group = new GroupBuilder(null, where);
            groups.add(group);
        }
        last = new RowBuilder(where);
        last.append(row, header);
        group.rows.add(last);
    }

    Result result() {
        List<ParsedGroup> parsed = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        List<List<Reading>> readings = new ArrayList<>();
        for (GroupBuilder g : groups) {
            List<Reading> read = new ArrayList<>();
            for (RowBuilder r : g.rows) {
                Reading reading = read(r, g);
                if (reading != null) {
                    read.add(reading);
                    names.merge(Folding.fold(reading.read().name()), 1, Integer::sum);
                }
            }
            readings.add(read);
        }
        for (int n = 0; n < groups.size(); n++) {
            GroupBuilder g = groups.get(n);
            List<ParsedCooperative> cooperatives = new ArrayList<>();
            for (Reading reading : readings.get(n)) {
                cooperatives.addAll(cooperatives(reading, g, names));
            }
            if (g.title != null || !cooperatives.isEmpty()) {
                parsed.add(new ParsedGroup(g.title, g.where, cooperatives));
            }
        }
        return new Result(parsed);
    }

    private record Reading(RowBuilder row, Read read, Period first, Period lastPeriod) {}

    private Reading read(RowBuilder r, GroupBuilder g) {
        String written = r.text(NAME);
        if (written == null) {
            problems.add(new Problem(r.where, "plan.import.cooperatives.noName"));
            return null;
        }
        String product = r.text(CooperativeColumn.PRODUCT) != null ? r.text(CooperativeColumn.PRODUCT) : g.title;
        Read read = CooperativeDescription.read(written, product);
        String scaleCell = r.text(CooperativeColumn.SCALE);
        if (scaleCell != null) {
            CooperativeDescription.Scale scale = CooperativeDescription.scale(scaleCell);
            read = new Read(
                    read.name(),
                    read.generic(),
                    read.type(),
                    read.status(),
                    read.count(),
                    read.commune(),
                    read.district(),
                    scale == null ? null : scale.value(),
                    scale == null ? null : scale.unit(),
                    scale == null ? scaleCell : null);
        }
        if (read.unreadableScale() != null) {
            problems.add(new Problem(r.where, "plan.import.cooperatives.scale", read.unreadableScale()));
        }
        String kind = r.text(CooperativeColumn.KIND);
        if (kind != null) {
            String k = Folding.fold(kind);
            CooperativeStatus status = k.contains("cung co") || k.contains("nang cap")
                    ? CooperativeStatus.TO_CONSOLIDATE
                    : CooperativeStatus.PLANNED;
            read = new Read(
                    read.name(),
                    read.generic(),
                    read.type(),
                    status,
                    read.count(),
                    read.commune(),
                    read.district(),
                    read.scale(),
                    read.unit(),
                    read.unreadableScale());
        }
        if (r.ticked.isEmpty()) {
            problems.add(new Problem(r.where, "plan.import.cooperatives.noPeriod"));
            return null;
        }
        if (read.name().isEmpty()) {
            problems.add(new Problem(r.where, "plan.import.cooperatives.noName"));
            return null;
        }
        return new Reading(
                r, read, r.ticked.firstEntry().getValue(), r.ticked.lastEntry().getValue());
    }

    /**
     * The cooperatives of a row. A name that says no more than "HTX" or "HTX Nông nghiệp" takes its product and its
     * place ("HTX bưởi Quới Sơn"), and so does a name two rows of the table share; a row for several cooperatives
     * names each by the row and its count ("Củng cố và nâng cấp 05 HTX hiện có (2/5)").
     */
    private List<ParsedCooperative> cooperatives(Reading reading, GroupBuilder g, Map<String, Integer> names) {
        RowBuilder r = reading.row();
        Read read = reading.read();
        String commune =
                r.text(CooperativeColumn.COMMUNE) != null ? bare(r.text(CooperativeColumn.COMMUNE)) : read.commune();
        String district =
                r.text(CooperativeColumn.DISTRICT) != null ? bare(r.text(CooperativeColumn.DISTRICT)) : read.district();
        if (commune == null && r.text(CooperativeColumn.PLACE) != null) {
            CooperativeDescription.Read place =
                    CooperativeDescription.read("HTX, " + r.text(CooperativeColumn.PLACE), null);
            commune = place.commune();
            district = district != null ? district : place.district();
        }
        String product = r.text(CooperativeColumn.PRODUCT) != null ? r.text(CooperativeColumn.PRODUCT) : g.title;
        String written = r.text(NAME).replaceAll("\\s+", " ").strip();
        String place = commune != null ? commune : district;
        String name = read.name();
        boolean shared = names.getOrDefault(Folding.fold(name), 0) > 1;
        if ((read.generic() || shared) && place != null && !Folding.fold(name).contains(Folding.fold(place))) {
            String productWords = product == null ? "" : NameMatcher.key(product);
            boolean bare = Folding.fold(name).equals("htx") && !productWords.isEmpty();
            name = name + (bare ? " " + CooperativeDescription.lower(productWords(product)) : "") + " " + place;
        }
        Period first = reading.first();
        Period last = reading.lastPeriod();
        String period = first == last ? first.label() : first.from() + "-" + last.to();
        String note =
                r.text(CooperativeColumn.NOTE) == null ? written : written + "\n" + r.text(CooperativeColumn.NOTE);
        if (name.length() > MAX_NAME) {
            problems.add(new Problem(r.where, "plan.import.cooperatives.nameTooLong", MAX_NAME));
        }
        List<ParsedCooperative> list = new ArrayList<>();
        for (int i = 1; i <= read.count(); i++) {
            list.add(new ParsedCooperative(
                    written,
                    read.count() == 1 ? name : written + " (" + i + "/" + read.count() + ")",
                    read.type(),
                    read.status(),
                    product,
                    commune,
                    district,
                    read.scale(),
                    read.unit(),
                    period,
                    first.from(),
                    last.to(),
                    note,
                    r.where));
        }
        return list;
    }

    /** The product's own words of a heading: "Sản phẩm con Heo" → "Heo". */
    private static String productWords(String heading) {
        String key = NameMatcher.key(heading);
        String folded = Folding.fold(heading);
        int at = folded.lastIndexOf(key);
        return at < 0 ? key : heading.substring(at, at + key.length());
    }

    /** A place's name without its level: "Xã Mỹ Hòa" → "Mỹ Hòa". */
    static String bare(String place) {
        String p = place.replaceAll("\\s+", " ").strip();
        String folded = Folding.fold(p);
        for (String level : new String[] {"thi tran ", "thi xa ", "thanh pho ", "phuong ", "huyen ", "quan ", "xa "}) {
            if (folded.startsWith(level)) {
                return p.substring(level.length()).strip();
            }
        }
        return p;
    }

    private static final class GroupBuilder {
        final String title;
        final Where where;
        final List<RowBuilder> rows = new ArrayList<>();

        GroupBuilder(String title, Where where) {
            this.title = title;
            this.where = where;
        }
    }

    private static final class RowBuilder {
        final Where where;
        final Map<CooperativeColumn, StringBuilder> cells = new HashMap<>();
        final TreeMap<Integer, Period> ticked = new TreeMap<>();

        RowBuilder(Where where) {
            this.where = where;
        }

        void append(ReadRow row, Header<CooperativeColumn> header) {
            header.columns().forEach((index, column) -> {
                String text = row.cell(index).text().strip();
                if (column != ORDINAL && column != CooperativeColumn.PERIOD && !text.isEmpty()) {
                    StringBuilder cell = cells.computeIfAbsent(column, k -> new StringBuilder());
                    cell.append(cell.isEmpty() ? "" : " ").append(text);
                }
            });
            // A period column holds "x" where the cooperative is due; other words there are remarks on the period.
            header.periods().forEach((index, period) -> {
                if (TICKS.contains(Folding.fold(row.cell(index).text().strip()))) {
                    ticked.put(period.from() * 10_000 + period.to(), period);
                }
            });
        }

        String text(CooperativeColumn column) {
            StringBuilder cell = cells.get(column);
            return cell == null || cell.isEmpty() ? null : cell.toString();
        }
    }
}

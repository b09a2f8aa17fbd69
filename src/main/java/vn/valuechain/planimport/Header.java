package vn.valuechain.planimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.valuechain.planimport.Headings.Certainty;

/**
 * A table's header as read: the titles of its columns as written, the column each names (or none) and how surely,
 * or the mapping the user chose for it in the dry run. Headers that read alike (the same titles) are one header, however
 * often they repeat; {@link #key()} names it in the dry run's form.
 */
public final class Header<C extends Enum<C> & TableColumn> {

    private final Class<C> type;
    private final String signature;
    private final List<String> titles;
    private final Map<Integer, C> columns;
    private final Map<Integer, Certainty> certainty;
    private final Map<Integer, Period> periods;
    private final boolean chosen;
    private final Where where;

    /** A period column of the table of cooperatives: its title and years ("2017-2018", "2019"). */
    public record Period(String label, int from, int to) {}

    Header(
            Class<C> type,
            List<String> titles,
            Map<Integer, C> columns,
            Map<Integer, Certainty> certainty,
            Map<Integer, Period> periods,
            boolean chosen,
            Where where) {
        this.type = type;
        this.titles = List.copyOf(titles);
        this.signature = type.getSimpleName() + ":"
                + String.join("|", titles.stream().map(Headings::normalize).toList());
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.certainty = Map.copyOf(certainty);
        this.periods = Collections.unmodifiableMap(new LinkedHashMap<>(periods));
        this.chosen = chosen;
        this.where = where;
    }

    /** The same titles mapped as the user chose: index → column name, blank for a column to leave out. */
    Header<C> chosen(Map<Integer, String> choice) {
        Map<Integer, C> mapped = new LinkedHashMap<>();
        choice.forEach((index, name) -> {
            if (index >= 0 && index < titles.size() && name != null && !name.isBlank()) {
                for (C c : type.getEnumConstants()) {
                    if (c.name().equals(name)) {
                        mapped.put(index, c);
                    }
                }
            }
        });
        return new Header<>(type, titles, mapped, Map.of(), periods, true, where);
    }

    /** A short stable name of the header for the dry run's form: the same titles give the same key. */
    public String key() {
        return HexFormat.of().toHexDigits(signature.hashCode());
    }

    String signature() {
        return signature;
    }

    public Class<C> type() {
        return type;
    }

    public List<String> titles() {
        return titles;
    }

    /** The column each title index maps to. */
    public Map<Integer, C> columns() {
        return columns;
    }

    public Map<Integer, Period> periods() {
        return periods;
    }

    public Where where() {
        return where;
    }

    public boolean isChosen() {
        return chosen;
    }

    /** The first index mapped to the column, or -1. */
    int index(C column) {
        return columns.entrySet().stream()
                .filter(e -> e.getValue() == column)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(-1);
    }

    public boolean has(C column) {
        return index(column) >= 0;
    }

    /** The column at an index, or null. */
    public C column(int index) {
        return columns.get(index);
    }

    /** Whether the title at the index surely names its column (the user's choice is sure). */
    public boolean sure(int index) {
        return chosen || certainty.containsKey(index) && certainty.get(index).certain();
    }

    /**
     * Whether the mapping can be taken as read: the user chose it, or every title named a column for sure and no
     * column twice. Otherwise the dry run shows the mapping and waits for the user to confirm or change it.
     */
    public boolean certain() {
        if (chosen) {
            return true;
        }
        Set<C> seen = EnumSet.noneOf(type);
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).isBlank() || periods.containsKey(i)) {
                continue;
            }
            C column = columns.get(i);
            if (column == null || !certainty.get(i).certain() || !seen.add(column)) {
                return false;
            }
        }
        return true;
    }

    /** Required columns the header has not, in their order. */
    public List<C> missing() {
        List<C> missing = new ArrayList<>();
        for (C c : type.getEnumConstants()) {
            if (c.required() && !has(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    /** Every column of the kind, for the dry run's choice. */
    public List<C> choices() {
        return List.of(type.getEnumConstants());
    }
}

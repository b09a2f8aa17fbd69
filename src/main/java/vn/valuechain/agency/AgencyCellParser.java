package vn.valuechain.agency;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.valuechain.agency.AgencyWords.Word;

/**
 * Splits an agency cell of a plan ("Hội Nông dân tỉnh UBND các huyện và thành phố, Sở Công Thương") into the agencies
 * it names. Real cells lose their separators to PDF conversion ("Hội Nông dân Liên minh các HTX") and put commas
 * inside names ("các chương trình, dự án (AMD, …)"), so the cell is not cut at punctuation first: it is read as the
 * cheapest sequence of known names, group phrases for districts, and unknown stretches, where an unknown stretch costs
 * far more than a known name. What stays unknown is kept as written and flagged, never dropped.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class AgencyCellParser {

    private static final int KNOWN = 1;
    private static final int UNKNOWN = 100;

    private final AgencyVocabulary vocabulary;

    List<AgencyPhrase> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<Word> words = AgencyWords.split(cell);
        int n = words.size();
        // best[i] is the cheapest reading of words i..n-1.
        Reading[] best = new Reading[n + 1];
        best[n] = new Reading(0, null, n);
        for (int i = n - 1; i >= 0; i--) {
            Reading reading = null;
            if (words.get(i).isSeparator()) {
                reading = new Reading(best[i + 1].cost(), null, i + 1);
            }
            for (Piece piece : pieces(cell, words, i)) {
                Reading candidate = new Reading(piece.cost() + best[piece.end()].cost(), piece.phrase(), piece.end());
                if (reading == null || candidate.cost() < reading.cost()) {
                    reading = candidate;
                }
            }
            best[i] = reading;
        }
        List<AgencyPhrase> phrases = new ArrayList<>();
        for (int i = 0; i < n; i = best[i].next()) {
            if (best[i].phrase() != null) {
                phrases.add(best[i].phrase());
            }
        }
        return phrases;
    }

    private record Reading(int cost, AgencyPhrase phrase, int next) {}

    private record Piece(AgencyPhrase phrase, int end, int cost) {}

    /** Every way a phrase can start at word i. */
    private List<Piece> pieces(String cell, List<Word> words, int i) {
        List<Piece> pieces = new ArrayList<>();
        Piece group = group(cell, words, i);
        if (group != null) {
            pieces.add(group);
        }
        Piece communes = communeGroup(cell, words, i);
        if (communes != null) {
            pieces.add(communes);
        }
        for (int length = Math.min(vocabulary.longestAgency(), words.size() - i); length >= 1; length--) {
            Set<Long> ids = vocabulary.agencies(key(words, i, length, true));
            if (!ids.isEmpty()) {
                int end = i + length;
                pieces.add(agency(cell, words, i, end, ids));
                // "Hội Nông dân tỉnh", "Các chương trình, dự án (AMD, …)": the name's own tail.
                int tail = end;
                while (tail < words.size()
                        && (words.get(tail).is("tinh") || words.get(tail).is(AgencyWords.PARENTHESIS))) {
                    tail++;
                }
                if (tail > end) {
                    pieces.add(agency(cell, words, i, tail, ids));
                }
            }
        }
        if (!words.get(i).isSeparator()) {
            // An unknown stretch ends before a comma or a stop, or before any "và" after which a name may follow.
            for (int k = i + 1; k <= words.size(); k++) {
                if (k == words.size() || words.get(k).isSeparator()) {
                    pieces.add(new Piece(AgencyPhrase.unresolved(written(cell, words, i, k)), k, UNKNOWN + k - i));
                    if (k < words.size() && !words.get(k).is("va")) {
                        break;
                    }
                }
            }
        }
        return pieces;
    }

    private static Piece agency(String cell, List<Word> words, int start, int end, Set<Long> ids) {
        String written = written(cell, words, start, end);
        // A name two agencies share is not guessed between.
        AgencyPhrase phrase = ids.size() == 1
                ? AgencyPhrase.agency(written, ids.iterator().next())
                : AgencyPhrase.unresolved(written);
        return new Piece(phrase, end, KNOWN);
    }

    /**
     * "UBND các huyện và thành phố", "UBND các huyện: Chợ Lách, Bình Đại", "UBND các huyện Ba Tri, Bình Đại, Thạnh Phú
     * và UBND các xã trực thuộc", "UBND thành phố Bến Tre": the People's Committees of the districts named, or of all
     * of them when none is named. The communes below a district are in its scope already.
     */
    private Piece group(String cell, List<Word> words, int i) {
        if (!at(words, i, "uy", "ban", "nhan", "dan")) {
            return null;
        }
        int k = i + 4;
        boolean districtsHead = at(words, k, "huyen");
        boolean cityHead = at(words, k, "thanh", "pho");
        if (!districtsHead && !cityHead) {
            return null;
        }
        int end = k + (districtsHead ? 1 : 2);
        Set<Long> named = new LinkedHashSet<>();
        boolean allCities = false;
        while (true) {
            int c = end;
            while (c < words.size()
                    && (words.get(c).is(AgencyWords.COMMA) || words.get(c).is("va"))) {
                c++;
            }
            if (at(words, c, "thanh", "pho")) {
                Match city = district(words, c + 2);
                if (city != null) {
                    named.add(city.id());
                    end = c + 2 + city.length();
                } else {
                    allCities = true;
                    end = c + 2;
                }
            } else if (at(words, c, "uy", "ban", "nhan", "dan", "xa", "truc", "thuoc")) {
                end = c + 7;
            } else {
                int from = at(words, c, "huyen") ? c + 1 : c;
                Match district = district(words, from);
                if (district == null) {
                    break;
                }
                named.add(district.id());
                end = from + district.length();
            }
        }
        Set<Long> units = new LinkedHashSet<>(named);
        if (named.isEmpty()) {
            units.addAll(districtsHead ? vocabulary.ruralDistricts() : vocabulary.cities());
        }
        if (allCities) {
            units.addAll(vocabulary.cities());
        }
        String written = written(cell, words, i, end);
        return units.isEmpty()
                ? new Piece(AgencyPhrase.unresolved(written), end, UNKNOWN + end - i)
                : new Piece(AgencyPhrase.units(written, List.copyOf(units)), end, KNOWN);
    }

    /**
     * "UBND xã Long Hồ", "UBND các xã: Long Hồ, Phú Phụng", "UBND phường Phú Khương và xã Chợ Lách", "UBND các xã,
     * phường": the communes named, or all of the types named when none is. "UBND các xã trực thuộc" belongs to a
     * district phrase and is no commune phrase.
     */
    private Piece communeGroup(String cell, List<Word> words, int i) {
        if (!at(words, i, "uy", "ban", "nhan", "dan")) {
            return null;
        }
        String head = communeType(words, i + 4);
        if (head == null) {
            return null;
        }
        Set<String> types = new LinkedHashSet<>();
        types.add(head);
        int end = i + 4 + head.split(" ").length;
        if (at(words, end, "truc", "thuoc")) {
            return null;
        }
        Set<Long> named = new LinkedHashSet<>();
        while (true) {
            int c = end;
            while (c < words.size()
                    && (words.get(c).is(AgencyWords.COMMA) || words.get(c).is("va"))) {
                c++;
            }
            String type = communeType(words, c);
            int from = type == null ? c : c + type.split(" ").length;
            Match commune = commune(words, from);
            if (commune != null) {
                named.add(commune.id());
                end = from + commune.length();
            } else if (type != null) {
                types.add(type);
                end = from;
            } else {
                break;
            }
        }
        Set<Long> units = new LinkedHashSet<>(named);
        if (named.isEmpty()) {
            // "các xã, phường" is every commune-level unit of the province; "các xã" the xã only.
            List<String> all =
                    types.containsAll(List.of("xa", "phuong")) ? AgencyVocabulary.COMMUNE_TYPES : List.copyOf(types);
            all.forEach(t -> units.addAll(vocabulary.communesOfType(t)));
        }
        String written = written(cell, words, i, end);
        return units.isEmpty()
                ? new Piece(AgencyPhrase.unresolved(written), end, UNKNOWN + end - i)
                : new Piece(AgencyPhrase.units(written, List.copyOf(units)), end, KNOWN);
    }

    /** The commune type whose words start at word i ("xa", "phuong", "dac khu", "thi tran"), or null. */
    private static String communeType(List<Word> words, int i) {
        for (String type : AgencyVocabulary.COMMUNE_TYPES) {
            if (at(words, i, type.split(" "))) {
                return type;
            }
        }
        return null;
    }

    /** The one commune whose name starts at word i, and how many words it took; null if none or several. */
    private Match commune(List<Word> words, int i) {
        return unique(words, i, vocabulary.longestCommune(), vocabulary::communes);
    }

    private record Match(long id, int length) {}

    /** The one district whose name starts at word i, and how many words it took; null if none or several. */
    private Match district(List<Word> words, int i) {
        return unique(words, i, vocabulary.longestDistrict(), vocabulary::districts);
    }

    /**
     * The one unit of a kind (communes or districts) whose name of at most {@code longest} words starts at word i,
     * trying the longest first; null if none, or if the longest name found is shared by several.
     */
    private static Match unique(List<Word> words, int i, int longest, Function<String, Set<Long>> named) {
        for (int length = Math.min(longest, words.size() - i); length >= 1; length--) {
            Set<Long> ids = named.apply(key(words, i, length, false));
            if (ids.size() == 1) {
                return new Match(ids.iterator().next(), length);
            }
            if (ids.size() > 1) {
                return null;
            }
        }
        return null;
    }

    private static String key(List<Word> words, int i, int length, boolean commasAllowed) {
        StringBuilder key = new StringBuilder();
        for (int j = i; j < i + length; j++) {
            Word w = words.get(j);
            if (w.is(AgencyWords.STOP)
                    || w.is(AgencyWords.PARENTHESIS)
                    || (!commasAllowed && w.is(AgencyWords.COMMA))) {
                return "";
            }
            key.append(j > i ? " " : "").append(w.text());
        }
        return key.toString();
    }

    private static boolean at(List<Word> words, int i, String... expected) {
        if (i + expected.length > words.size()) {
            return false;
        }
        for (int j = 0; j < expected.length; j++) {
            if (!words.get(i + j).is(expected[j])) {
                return false;
            }
        }
        return true;
    }

    private static String written(String cell, List<Word> words, int start, int end) {
        return cell.substring(words.get(start).start(), words.get(end - 1).end())
                .trim();
    }
}

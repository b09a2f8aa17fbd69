package vn.valuechain.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.shared.domain.Folding;

/**
 * Finds quantities in an item's expected outputs and offers them as targets: "Thành lập mới 7 THT và 3 HTX" → 7 THT
 * and 3 HTX, "Dự kiến có 04 hợp đồng được ký kết" → 4 hợp đồng. A number counts only with a unit after it (an acronym
 * such as HTX or DN/HTX, a known counting word, or %), so years and list numbers are left alone. The person saving the
 * item accepts, edits or drops each suggestion.
 */
public final class TargetSuggester {

    private static final int MAX_INDICATOR = 300;

    /** Clauses: list bullets, sentence ends, semicolons and new lines separate them. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?:^|\\s)-\\s|\\.(?:\\s|$)|;|\\R");

    /** 6.000 and 500.000 use the Vietnamese thousands point, 1,5 the decimal comma; "/2huyện" is no quantity. */
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d/]|[.,]\\d)");

    private static final Pattern ACRONYM = Pattern.compile("\\s*([A-ZĐ]{2,}(?:\\s?/\\s?[A-ZĐ]{2,})*)\\b");
    private static final Pattern PER_YEAR = Pattern.compile("\\s*/\\s*năm", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("năm\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    /** Counting words of plans, folded; longer ones first so "cuộc hội thảo" wins over "cuộc". */
    private static final List<String> UNITS = List.of(
                    "hop dong",
                    "lop tap huan",
                    "lop dao tao",
                    "lop",
                    "cuoc hoi thao",
                    "cuoc toa dam",
                    "cuoc van dong",
                    "cuoc",
                    "chuyen tham quan",
                    "chuyen",
                    "nong dan",
                    "nong ho",
                    "ho",
                    "nguoi",
                    "hoc vien",
                    "mo hinh",
                    "ha",
                    "con",
                    "hoi cho",
                    "san pham",
                    "tan",
                    "kg",
                    "doanh nghiep",
                    "hop tac xa",
                    "to hop tac",
                    "hoi thao",
                    "toa dam",
                    "luot",
                    "co so",
                    "diem",
                    "cua hang",
                    "nhan hieu",
                    "chuoi",
                    "lao dong",
                    "can bo")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private TargetSuggester() {}

    public static List<SuggestedTarget> suggest(String expectedOutputs) {
        List<SuggestedTarget> suggestions = new ArrayList<>();
        if (expectedOutputs == null) {
            return suggestions;
        }
        for (String clause : CLAUSE_BREAK.split(expectedOutputs)) {
            String text = clause.strip().replaceFirst("^[-–•]\\s*", "");
            if (text.isEmpty()) {
                continue;
            }
            Integer year = year(text);
            String indicator = text.length() > MAX_INDICATOR ? text.substring(0, MAX_INDICATOR) : text;
            Matcher number = NUMBER.matcher(text);
            while (number.find()) {
                String unit = unitAfter(text, number.end());
                if (unit != null) {
                    SuggestedTarget target = new SuggestedTarget(indicator, value(number), unit, year);
                    if (!suggestions.contains(target)) {
                        suggestions.add(target);
                    }
                }
            }
        }
        return suggestions;
    }

    private static BigDecimal value(Matcher number) {
        String whole = number.group(1).replace(".", "");
        String fraction = number.group(2);
        if (fraction == null) {
            return new BigDecimal(whole);
        }
        BigDecimal value = new BigDecimal(whole + "." + fraction).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The unit right after a number, as written, with "/năm" when the quantity is per year; null if none. */
    private static String unitAfter(String text, int from) {
        if (from < text.length() && text.charAt(from) == '%') {
            return "%";
        }
        Matcher acronym = ACRONYM.matcher(text).region(from, text.length());
        String unit = null;
        int end = from;
        if (acronym.lookingAt()) {
            unit = acronym.group(1);
            end = acronym.end();
        } else {
            int start = from;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            String folded = Folding.fold(text.substring(start));
            for (String word : UNITS) {
                if (folded.startsWith(word)
                        && (folded.length() == word.length() || !Character.isLetter(folded.charAt(word.length())))) {
                    unit = text.substring(start, start + word.length());
                    end = start + word.length();
                    break;
                }
            }
        }
        if (unit == null) {
            return null;
        }
        Matcher perYear = PER_YEAR.matcher(text).region(end, text.length());
        return perYear.lookingAt() ? unit + "/năm" : unit;
    }

    private static Integer year(String clause) {
        Matcher m = YEAR.matcher(clause);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** A target offered for acceptance: what is counted (the clause it came from), how many, of what, by when. */
    public record SuggestedTarget(String indicator, BigDecimal value, String unit, Integer year) {}
}

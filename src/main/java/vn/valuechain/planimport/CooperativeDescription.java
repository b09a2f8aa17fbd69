package vn.valuechain.planimport;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.shared.domain.Folding;
import vn.valuechain.shared.domain.MeasureUnit;

/**
 * Reads what a row of the table of cooperatives says about the cooperative in its own words: "HTX dừa Mỹ Hòa quy mô tối
 * thiểu 100 ha, xã Mỹ Hòa, huyện Ba Tri." is to be founded, named "HTX dừa Mỹ Hòa", in commune Mỹ Hòa of district Ba
 * Tri, at least 100 ha; "Củng cố và nâng cấp 05 HTX hiện có" is five existing ones to consolidate. Patterns are matched
 * on the folded text, which has the length of the written one, so names are taken back as written.
 */
final class CooperativeDescription {

    /** What a row says; a null scale unit with a scale text is a scale that cannot be read. */
    record Read(
            String name,
            boolean generic,
            CooperativeType type,
            CooperativeStatus status,
            int count,
            String commune,
            String district,
            BigDecimal scale,
            MeasureUnit unit,
            String unreadableScale) {}

    private static final Pattern VERB = Pattern.compile(
            "^(?<verb>cung co(?: va nang (?:cap|chat))?|nang cap|thanh lap moi|thanh lap|xay dung moi|xay dung)\\s+");
    private static final Pattern COUNT = Pattern.compile("^(?<n>\\d{1,3})\\s+(?:htx|hop tac xa|tht|to hop tac)\\b");
    private static final Pattern NAME_END = Pattern.compile(
            "\\s*[,;(]|\\s(?:voi\\s+)?quy mo\\b|\\stai\\s|\\s(?<!tac\\s)(?:xa|phuong|thi tran|huyen|thi xa|thanh pho)\\s");
    private static final String UNTIL =
            "(?<name>[^,.;()]+?)(?=\\s*(?:[,.;()]|$)|\\s(?:huyen|thi xa|thanh pho|quan|tinh)\\b)";
    private static final Pattern COMMUNE =
            Pattern.compile("(?<![a-z])(?<!tac )(?<!thi )(?:xa|phuong|thi tran)\\s+" + UNTIL);
    private static final Pattern DISTRICT = Pattern.compile("(?<![a-z])(?:huyen|thi xa|thanh pho|quan)\\s+"
            + "(?<name>[^,.;()]+?)(?=\\s*(?:[,.;()]|$)|\\s(?:tinh|xa|phuong)\\b)");
    private static final Pattern AT =
            Pattern.compile("(?<![a-z])tai\\s+(?!(?:xa|phuong|thi tran|huyen|thi xa|thanh pho|quan)\\b)" + UNTIL);
    private static final Pattern SCALE =
            Pattern.compile("quy mo(?:\\s+toi thieu|\\s+du kien)?(?:\\s+la)?\\s*(?<rest>.*)", Pattern.DOTALL);
    private static final Pattern AMOUNT =
            Pattern.compile("^(?<v>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?)\\s*(?<u>.*)", Pattern.DOTALL);

    /** The units a scale is written in, longest first so that "sản phẩm/năm" is not read as "sản phẩm". */
    private static final List<Object[]> UNITS = List.of(
            new Object[] {"san pham/nam", MeasureUnit.PRODUCT_PER_YEAR},
            new Object[] {"san pham / nam", MeasureUnit.PRODUCT_PER_YEAR},
            new Object[] {"san pham mot nam", MeasureUnit.PRODUCT_PER_YEAR},
            new Object[] {"sp/nam", MeasureUnit.PRODUCT_PER_YEAR},
            new Object[] {"san pham", MeasureUnit.PRODUCT},
            new Object[] {"con", MeasureUnit.HEAD},
            new Object[] {"ha", MeasureUnit.HA},
            new Object[] {"hecta", MeasureUnit.HA},
            new Object[] {"tan", MeasureUnit.TAN},
            new Object[] {"ta", MeasureUnit.TA},
            new Object[] {"kg", MeasureUnit.KG},
            new Object[] {"cay", MeasureUnit.TREE},
            new Object[] {"m2", MeasureUnit.M2},
            new Object[] {"m²", MeasureUnit.M2},
            new Object[] {"lit", MeasureUnit.LITRE});

    /** Words that name no cooperative in particular: "HTX Nông nghiệp", "HTX dừa công nghiệp". */
    private static final Set<String> GENERIC = Set.of(
            "htx", "hop", "tac", "xa", "nong", "nghiep", "dich", "vu", "cong", "san", "xuat", "kinh", "doanh", "tong",
            "nuoi", "trong", "thuy", "va", "moi", "kieu");

    private CooperativeDescription() {}

    /**
     * Reads a description; {@code product} is the product the row is listed under ("Dừa"), whose words name no
     * cooperative either.
     */
    static Read read(String written, String product) {
        String text = written.replaceAll("\\s+", " ").strip();
        String folded = Folding.fold(text);
        int start = 0;
        CooperativeStatus status = CooperativeStatus.PLANNED;
        Matcher verb = VERB.matcher(folded);
        if (verb.find()) {
            String v = verb.group("verb");
            if (v.startsWith("cung co") || v.startsWith("nang cap")) {
                status = CooperativeStatus.TO_CONSOLIDATE;
            }
            start = verb.end();
        }
        int count = 1;
        Matcher many = COUNT.matcher(folded.substring(start));
        if (many.find()) {
            count = Integer.parseInt(many.group("n"));
            start += many.group("n").length() + 1;
        }
        Matcher end = NAME_END.matcher(folded);
        int nameEnd = end.find(start) ? end.start() : text.length();
        String name = text.substring(start, nameEnd)
                .replaceAll("\\s*\\([^)]*\\)", "")
                .replaceAll("[\\s.,;:\\-–]+$", "")
                .strip();
        String foldedName = Folding.fold(name);
        CooperativeType type = foldedName.matches("(tht|to hop tac)\\b.*")
                ? CooperativeType.THT
                : foldedName.startsWith("lien hiep") ? CooperativeType.UNION : CooperativeType.HTX;
        Set<String> productWords = new HashSet<>(
                Arrays.asList(NameMatcher.key(product == null ? "" : product).split(" ")));
        boolean generic = Arrays.stream(foldedName.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .allMatch(w -> GENERIC.contains(w) || productWords.contains(w));
        String commune = group(COMMUNE, folded, text);
        String district = group(DISTRICT, folded, text);
        if (commune == null) {
            commune = group(AT, folded, text);
        }
        BigDecimal scale = null;
        MeasureUnit unit = null;
        String unreadable = null;
        Matcher s = SCALE.matcher(folded);
        if (s.find()) {
            String rest = text.substring(s.start("rest"));
            Scale read = scale(rest);
            if (read == null) {
                unreadable = rest.length() <= 40 ? rest : rest.substring(0, 39) + "…";
            } else {
                scale = read.value();
                unit = read.unit();
            }
        }
        return new Read(name, generic, type, status, count, commune, district, scale, unit, unreadable);
    }

    /** A scale as its own cell writes it ("500.000 sản phẩm/năm", "Quy mô tối thiểu 30 ha"), or null. */
    static Scale scale(String written) {
        String text = written.strip();
        Matcher prefix = SCALE.matcher(Folding.fold(text));
        if (prefix.lookingAt()) {
            text = text.substring(prefix.start("rest"));
        }
        String folded = Folding.fold(text);
        Matcher m = AMOUNT.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String unitText = folded.substring(m.start("u"));
        for (Object[] u : UNITS) {
            String word = (String) u[0];
            if (unitText.startsWith(word)
                    && (unitText.length() == word.length()
                            || !Character.isLetterOrDigit(unitText.charAt(word.length())))) {
                String digits = m.group("v").replace(".", "").replace(',', '.');
                return new Scale(new BigDecimal(digits), (MeasureUnit) u[1]);
            }
        }
        return null;
    }

    record Scale(BigDecimal value, MeasureUnit unit) {}

    /** A name found in the folded text, as written; null for none. */
    private static String group(Pattern pattern, String folded, String text) {
        Matcher m = pattern.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String name = text.substring(m.start("name"), m.end("name")).strip();
        return name.isEmpty() ? null : name;
    }

    /** "Bưởi da xanh" as words inside a name: "bưởi da xanh". */
    static String lower(String words) {
        return words.toLowerCase(Locale.forLanguageTag("vi"));
    }
}

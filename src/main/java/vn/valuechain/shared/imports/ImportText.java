package vn.valuechain.shared.imports;

import java.text.Normalizer;
import java.util.Locale;

/** Headers and names compared as people mean them: without accents, case or extra spaces ("Mã số" = "ma so"). */
public final class ImportText {

    private ImportText() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").trim();
    }
}

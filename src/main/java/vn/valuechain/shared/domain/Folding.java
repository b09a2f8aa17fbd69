package vn.valuechain.shared.domain;

import java.text.Normalizer;

/**
 * Lower case without Vietnamese diacritics, one character for one: "Mỏ Cày" → "mo cay". Keeping the length lets a
 * match in the folded text point back at the words as written. Same idea as the database's vco_search_key.
 */
public final class Folding {

    private Folding() {}

    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(fold(text.charAt(i)));
        }
        return folded.toString();
    }

    public static char fold(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }
}

package vn.valuechain.shared.history;

import java.util.List;

/**
 * A value as a page shows it: plain text, a message key (an enumerated value) to translate, or several message keys
 * (a set of enumerated values, such as a chain's required stages) to translate and join.
 */
public record DisplayValue(String text, String messageKey, List<String> messageKeys) {

    static final DisplayValue EMPTY = new DisplayValue("", null);

    public DisplayValue(String text, String messageKey) {
        this(text, messageKey, List.of());
    }

    public boolean isEmpty() {
        return messageKey == null && messageKeys.isEmpty() && (text == null || text.isEmpty());
    }
}

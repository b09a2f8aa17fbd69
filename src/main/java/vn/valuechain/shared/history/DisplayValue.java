package vn.valuechain.shared.history;

/** A value as a page shows it: plain text, or a message key (for enumerated values) to translate. */
public record DisplayValue(String text, String messageKey) {

    static final DisplayValue EMPTY = new DisplayValue("", null);

    public boolean isEmpty() {
        return messageKey == null && (text == null || text.isEmpty());
    }
}

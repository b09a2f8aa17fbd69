package vn.valuechain.shared.domain;

/** Small rules for text a form submits, shared by every feature that saves one. */
public final class Text {

    private Text() {}

    /** An optional field left blank is stored as null (no empty strings), otherwise trimmed. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package vn.valuechain.planimport;

/**
 * Something that stops the import, as a message key and its arguments, and where it is (null: the whole file). An
 * argument that is a {@link Label} is a message key itself, said in the user's language ("cột Thời gian thực hiện").
 */
public record Problem(Where where, String messageKey, Object... args) {

    /** An argument to be shown as the message of this key. */
    public record Label(String key) {}
}

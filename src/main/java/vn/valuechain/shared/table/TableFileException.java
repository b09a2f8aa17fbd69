package vn.valuechain.shared.table;

/**
 * An uploaded file that cannot be read as a table, with the message key (and arguments) saying why in the user's
 * words: {@code import.file.*}.
 */
public class TableFileException extends Exception {

    private final String messageKey;
    private final transient Object[] args;

    public TableFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public TableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = new Object[0];
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}

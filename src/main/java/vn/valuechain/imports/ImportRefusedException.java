package vn.valuechain.imports;

/** Applying refused, with the reason as a message key; nothing was written. */
public class ImportRefusedException extends RuntimeException {

    private final String messageKey;

    public ImportRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

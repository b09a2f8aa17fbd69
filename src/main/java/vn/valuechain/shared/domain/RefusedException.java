package vn.valuechain.shared.domain;

/**
 * Why a whole operation was refused before it changed anything: the message is a message key, with its arguments, so
 * that the page that asked can say it in the reader's language.
 */
public class RefusedException extends RuntimeException {

    private final transient Object[] args;

    public RefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String getMessageKey() {
        return getMessage();
    }

    public Object[] getArgs() {
        return args;
    }
}

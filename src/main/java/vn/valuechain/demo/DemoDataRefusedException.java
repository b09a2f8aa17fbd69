package vn.valuechain.demo;

import lombok.Getter;

/** Why the demo data was not loaded, as a message key with its arguments; nothing was changed. */
@Getter
public class DemoDataRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    DemoDataRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }
}

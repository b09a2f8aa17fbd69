package vn.valuechain.deployment;

import lombok.Getter;

/** Why the installation was not set up, as a message key with its arguments; nothing was changed. */
@Getter
public class DeploymentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    DeploymentRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }
}

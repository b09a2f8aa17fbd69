package vn.valuechain.deployment;

import vn.valuechain.shared.domain.RefusedException;

/** Why the installation was not set up; nothing was changed. */
public class DeploymentRefusedException extends RefusedException {

    DeploymentRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

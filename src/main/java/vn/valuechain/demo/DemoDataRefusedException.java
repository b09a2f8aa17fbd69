package vn.valuechain.demo;

import vn.valuechain.shared.domain.RefusedException;

/** Why the demo data was not loaded; nothing was changed. */
public class DemoDataRefusedException extends RefusedException {

    DemoDataRefusedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

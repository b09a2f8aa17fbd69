package vn.valuechain.shared.jpa;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Refuses a save based on an older version of the record than the one now stored. */
public final class StaleEdit {

    private StaleEdit() {}

    public static void check(AuditedEntity stored, long versionSeenByUser) {
        if (stored.getVersion() != versionSeenByUser) {
            throw new ObjectOptimisticLockingFailureException(stored.getClass(), stored.getId());
        }
    }
}

package vn.valuechain.chain;

import java.util.EnumSet;
import java.util.Set;

/** The links of a value chain, in the order goods pass through them. */
public enum Stage {
    INPUT_SUPPLY,
    PRODUCTION,
    COLLECTION,
    PROCESSING,
    CONSUMPTION;

    /** The stages a new chain requires; collection and processing are added for chains that have them. */
    public static Set<Stage> defaultRequired() {
        return EnumSet.of(INPUT_SUPPLY, PRODUCTION, CONSUMPTION);
    }
}

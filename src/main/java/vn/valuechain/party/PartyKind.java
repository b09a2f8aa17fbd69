package vn.valuechain.party;

public enum PartyKind {
    COOPERATIVE,
    ENTERPRISE,
    /** Farmer households taking part as a group, with no legal entity of their own. */
    HOUSEHOLDS
}

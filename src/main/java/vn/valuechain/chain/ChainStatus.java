package vn.valuechain.chain;

public enum ChainStatus {
    PLANNED,
    ACTIVE,
    COMPLETED,
    SUSPENDED
}

package vn.valuechain.contract;

/** TERMINATED and BROKEN need the date of the change (statusChangedOn; the database checks it). */
public enum ContractStatus {
    DRAFT,
    SIGNED,
    TERMINATED,
    BROKEN
}

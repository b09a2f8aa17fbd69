package vn.valuechain.chain;

public enum ParticipantRole {
    PRODUCER,
    BUYER,
    INPUT_SUPPLIER,
    PROCESSOR,
    SERVICE
}

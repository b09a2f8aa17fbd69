package vn.valuechain.contract;

/** Bao tiêu (the buyer takes the output), supply of inputs, or services. */
public enum ContractType {
    OFFTAKE,
    INPUT_SUPPLY,
    SERVICE
}

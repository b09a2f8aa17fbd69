package vn.valuechain.enterprise;

/** What an enterprise does in chains; one enterprise often has several roles. */
public enum EnterpriseRole {
    BUYER,
    PROCESSOR,
    INPUT_SUPPLIER,
    EXPORTER,
    SERVICE
}

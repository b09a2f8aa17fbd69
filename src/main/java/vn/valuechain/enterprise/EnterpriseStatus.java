package vn.valuechain.enterprise;

public enum EnterpriseStatus {
    ACTIVE,
    CLOSED
}

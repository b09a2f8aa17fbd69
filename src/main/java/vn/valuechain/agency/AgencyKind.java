package vn.valuechain.agency;

public enum AgencyKind {
    DEPARTMENT,
    PEOPLES_COMMITTEE,
    ASSOCIATION,
    BANK,
    PROGRAMME,
    OTHER
}

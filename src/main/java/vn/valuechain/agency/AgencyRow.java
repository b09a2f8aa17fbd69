package vn.valuechain.agency;

/** One line of the agencies list. */
public record AgencyRow(Long id, String name, String shortName, AgencyKind kind, String unitName, long aliasCount) {}

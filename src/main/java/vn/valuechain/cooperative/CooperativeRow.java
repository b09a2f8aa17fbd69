package vn.valuechain.cooperative;

/**
 * One line of the cooperatives list, read in one query; unitNow names the commune(s) of today an old unit went into
 * (whole unless unitNowWhole is false).
 */
public record CooperativeRow(
        Long id,
        String name,
        CooperativeType type,
        String registrationCode,
        String unitName,
        String parentUnitName,
        String unitNow,
        Boolean unitNowWhole,
        String productName,
        CooperativeStatus status,
        Integer members,
        String targetPeriod,
        boolean illustrative) {}

package vn.valuechain.cooperative;

/** One line of the cooperatives list, read in one query. */
public record CooperativeRow(
        Long id,
        String name,
        CooperativeType type,
        String registrationCode,
        String unitName,
        String parentUnitName,
        String productName,
        CooperativeStatus status,
        Integer members,
        String targetPeriod,
        boolean illustrative) {}

package vn.valuechain.cooperative;

/**
 * How many cooperatives of a product a plan means to found (PLANNED) or to consolidate (TO_CONSOLIDATE) in a
 * target period ("2017-2018", "2019"…), as Appendix 1 of a provincial plan lists them. Null product or period:
 * not recorded. firstYear orders the periods.
 */
public record PlanTargetCount(
        Long productId,
        String productName,
        CooperativeStatus status,
        String targetPeriod,
        Integer firstYear,
        long count) {}

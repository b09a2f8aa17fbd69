package vn.valuechain.dashboard;

import java.math.BigDecimal;

/** The figures of one product or one administrative unit, for the dashboard's tables. */
public record GroupRow(
        Long id,
        String name,
        long chains,
        long complete,
        long cooperativeAndEnterprise,
        long certified,
        long withOfftake,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage) {}

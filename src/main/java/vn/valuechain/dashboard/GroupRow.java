package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one product or one administrative unit, for the dashboard's tables: coverage by weight, and the
 * chains planned in other units (head, pieces) per unit beside it.
 */
public record GroupRow(
        Long id,
        String name,
        long chains,
        long complete,
        long cooperativeAndEnterprise,
        long certified,
        long withOfftake,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage,
        List<UnitCoverage> otherUnits) {}

package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one product or one administrative unit, for the dashboard's tables: coverage by weight, and the
 * chains planned in other units (head, pieces) per unit beside it. A unit row is partial when its chains lie in the
 * unit only in part (an old commune split between new ones), former when the unit was not in force on the reference
 * date (a chain registered in an old district, counted under it because it names no commune).
 */
public record GroupRow(
        Long id,
        String name,
        boolean partial,
        boolean former,
        long chains,
        long complete,
        long cooperativeAndEnterprise,
        long certified,
        long withOfftake,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage,
        List<UnitCoverage> otherUnits) {}

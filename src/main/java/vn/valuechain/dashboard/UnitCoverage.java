package vn.valuechain.dashboard;

import java.math.BigDecimal;

/**
 * Coverage of the chains planned in one unit that is not a weight (head, pieces…), summed in that unit and never
 * converted (domain.md, "Contract coverage"): shown beside the weight figure of a province, product or unit.
 */
public record UnitCoverage(
        String unit,
        long chains,
        BigDecimal planned,
        BigDecimal contracted,
        BigDecimal realised,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage) {

    static UnitCoverage of(String unit, long chains, BigDecimal planned, BigDecimal contracted, BigDecimal realised) {
        return new UnitCoverage(
                unit,
                chains,
                planned,
                contracted,
                realised,
                Percent.of(contracted, planned),
                Percent.of(realised, planned));
    }
}

package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The province (or unit) figures on a reference date. Coverage is null when no chain with a planned output
 * in a unit of mass has figures to add up ("không xác định"), never 0 by default; {@code weight} holds the sums of
 * those chains in tấn, and chains planned in head or pieces are in {@code otherUnits}, one per unit. Cooperatives are HTX and unions; cooperative groups (THT) are counted
 * beside them, never inside.
 */
public record Summary(
        long chains,
        long complete,
        long cooperativeAndEnterprise,
        long certified,
        long withOfftake,
        Map<Criterion, Tally> criteria,
        long cooperatives,
        long stableCooperatives,
        long cooperativeGroups,
        long stableCooperativeGroups,
        long enterprisesWithOfftake,
        long chainsWithCoverage,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage,
        UnitCoverage weight,
        List<UnitCoverage> otherUnits) {

    /** How many chains meet a criterion out of those it applies to. */
    public record Tally(long met, long applicable) {

        public BigDecimal percent() {
            return Percent.of(met, applicable);
        }
    }
}

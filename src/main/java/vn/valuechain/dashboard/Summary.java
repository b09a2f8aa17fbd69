package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The province (or unit) figures on a reference date. Coverage is null when no chain with a planned output
 * in a unit of mass has figures to add up ("không xác định"), never 0 by default.
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
        long enterprisesWithOfftake,
        long chainsWithCoverage,
        BigDecimal contractedCoverage,
        BigDecimal realisedCoverage) {

    /** How many chains meet a criterion out of those it applies to. */
    public record Tally(long met, long applicable) {

        public BigDecimal percent() {
            return Percent.of(met, applicable);
        }
    }
}

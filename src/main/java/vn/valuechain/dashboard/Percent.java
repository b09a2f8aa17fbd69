package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as percentages with one decimal; null when the whole is zero (undefined, not 0 and not NaN). */
final class Percent {

    private Percent() {}

    static BigDecimal of(long part, long whole) {
        return whole == 0 ? null : of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}

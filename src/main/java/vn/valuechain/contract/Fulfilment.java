package vn.valuechain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fulfilment of a contract = volume delivered ÷ volume contracted (domain.md), both in the contract's unit since
 * deliveries have none of their own. Undefined, with the reason, when no volume or a volume of 0 was contracted:
 * never a division by zero shown as 0 % or NaN.
 *
 * @param percent delivered ÷ contracted × 100, one decimal; null when undefined (may exceed 100)
 * @param undefinedReason message key saying why there is no figure; null when there is one
 */
public record Fulfilment(BigDecimal contracted, BigDecimal delivered, BigDecimal percent, String undefinedReason) {

    public static Fulfilment of(BigDecimal contracted, BigDecimal delivered) {
        BigDecimal done = delivered == null ? BigDecimal.ZERO : delivered;
        if (contracted == null) {
            return new Fulfilment(null, done, null, "contract.fulfilment.noVolume");
        }
        if (contracted.signum() == 0) {
            return new Fulfilment(contracted, done, null, "contract.fulfilment.zeroVolume");
        }
        BigDecimal percent = done.multiply(BigDecimal.valueOf(100)).divide(contracted, 1, RoundingMode.HALF_UP);
        return new Fulfilment(contracted, done, percent, null);
    }

    public boolean defined() {
        return percent != null;
    }

    /** The width of a progress bar, 0–100 (a delivery beyond the contract fills it). */
    public int barWidth() {
        return percent == null
                ? 0
                : Math.min(100, percent.setScale(0, RoundingMode.DOWN).intValue());
    }
}

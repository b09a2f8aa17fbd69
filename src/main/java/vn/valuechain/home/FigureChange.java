package vn.valuechain.home;

import java.math.BigDecimal;

/**
 * A headline figure now and at the end of the last quarter (message {@code dashboard.tile.<key>}); of is the whole it
 * is counted out of ("12/23"), null for a plain count or a percentage. link opens the list behind it.
 */
public record FigureChange(String key, BigDecimal now, BigDecimal before, Long of, boolean percent, String link) {

    /** now − before; null when either is undefined (coverage without figures). */
    public BigDecimal change() {
        return now == null || before == null ? null : now.subtract(before);
    }
}

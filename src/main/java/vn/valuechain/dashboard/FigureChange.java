package vn.valuechain.dashboard;

import java.math.BigDecimal;

/**
 * A headline figure on an earlier and a later date (message {@code dashboard.tile.<key>}); of is the whole it is
 * counted out of on the later date ("12/23"), null for a plain count or a percentage. link opens the list behind it.
 */
public record FigureChange(String key, BigDecimal now, BigDecimal before, Long of, boolean percent, String link) {

    /** The figure h in before and in now (the later one). */
    public static FigureChange of(HeadlineFigure h, Summary before, Summary now) {
        return new FigureChange(h.key(), h.value(now), h.value(before), h.of(now), h.percent(), h.link());
    }

    /** now − before; null when either is undefined (coverage without figures). */
    public BigDecimal change() {
        return now == null || before == null ? null : now.subtract(before);
    }
}

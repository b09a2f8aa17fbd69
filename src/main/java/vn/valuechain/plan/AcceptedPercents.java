package vn.valuechain.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The percent complete of each item's latest accepted progress report (by the end of its period), which counts for an
 * item without measurable targets. The progress feature answers it: it owns the reports and their periods, and
 * depends on plan, so plan asks through this interface.
 */
public interface AcceptedPercents {

    /** By item id; an item no accepted report gives a percent for is absent. */
    Map<Long, BigDecimal> latest(Collection<Long> itemIds);
}

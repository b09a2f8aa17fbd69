package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The dashboard's headline figures (its tiles), one definition for every place that lists them side by side (the home
 * page against last quarter, the trends per quarter and on two dates); {@link Headline} words them as the reports do: the message {@code dashboard.tile.<key>}, the list behind
 * the figure, its value in a summary and the whole it is counted out of ("12/23"; null for a plain count or a
 * percentage).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum HeadlineFigure {
    ALL("all", "/dashboard/chains?selection=all", false, s -> count(s.chains()), s -> null),
    COMPLETE("complete", "/dashboard/chains?selection=complete", false, s -> count(s.complete()), Summary::chains),
    COOPERATIVE_AND_ENTERPRISE(
            "cooperativeAndEnterprise",
            "/dashboard/chains?selection=cooperativeAndEnterprise",
            false,
            s -> count(s.cooperativeAndEnterprise()),
            Summary::chains),
    CERTIFIED("certified", "/dashboard/chains?selection=certified", false, s -> count(s.certified()), Summary::chains),
    OFFTAKE("offtake", "/dashboard/chains?selection=offtake", false, s -> count(s.withOfftake()), Summary::chains),
    STABLE_COOPERATIVES(
            "stableCooperatives",
            "/dashboard/cooperatives?stable=true",
            false,
            s -> count(s.stableCooperatives()),
            Summary::cooperatives),
    STABLE_COOPERATIVE_GROUPS(
            "stableCooperativeGroups",
            "/dashboard/cooperatives?groups=true&stable=true",
            false,
            s -> count(s.stableCooperativeGroups()),
            Summary::cooperativeGroups),
    ENTERPRISES_WITH_OFFTAKE(
            "enterprisesWithOfftake",
            "/dashboard/enterprises",
            false,
            s -> count(s.enterprisesWithOfftake()),
            s -> null),
    CONTRACTED("contracted", "/dashboard", true, Summary::contractedCoverage, s -> null),
    REALISED("realised", "/dashboard", true, Summary::realisedCoverage, s -> null);

    private final String key;
    private final String link;
    private final boolean percent;
    private final Function<Summary, BigDecimal> value;
    private final Function<Summary, Long> of;

    public String key() {
        return key;
    }

    /** The list behind the figure, on today's date (the page's own filters are added by who links to it). */
    public String link() {
        return link;
    }

    /** A percentage (coverage) rather than a count. */
    public boolean percent() {
        return percent;
    }

    /** The figure in the summary; null when undefined (coverage without figures). */
    public BigDecimal value(Summary s) {
        return value.apply(s);
    }

    /** The whole the figure is counted out of in the summary, or null. */
    public Long of(Summary s) {
        return of.apply(s);
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }
}

package vn.valuechain.dashboard;

import java.util.List;

/**
 * A figure the dashboard states in the reports' words, "{sentence}: value/of" ("Số HTX có hợp đồng tiêu thụ ổn
 * định: 76/241"); of is null for a plain count ("Số doanh nghiệp có hợp đồng tiêu thụ: 65"). The page and its
 * exports read the same list, so they say the same thing. The key names the message
 * {@code dashboard.sentence.<key>}.
 */
public record Headline(String key, long value, Long of) {

    public static List<Headline> of(Summary s) {
        return List.of(
                new Headline("cooperativeAndEnterprise", s.cooperativeAndEnterprise(), s.chains()),
                new Headline("certified", s.certified(), s.chains()),
                new Headline("offtake", s.withOfftake(), s.chains()),
                new Headline("complete", s.complete(), s.chains()),
                new Headline("stableCooperatives", s.stableCooperatives(), s.cooperatives()),
                new Headline("stableCooperativeGroups", s.stableCooperativeGroups(), s.cooperativeGroups()),
                new Headline("enterprisesWithOfftake", s.enterprisesWithOfftake(), null));
    }
}

package vn.valuechain.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.LinkReach;

/**
 * Which of the parties a page names it may link to for the user: a local official sees a contract or chain of their
 * unit with parties of other units, whose pages are a 404 for them, so those are named without a link. One query per
 * kind of record, whatever the number of parties.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartyLinks {

    private final CooperativeService cooperatives;
    private final EnterpriseService enterprises;

    /**
     * @param parties each party as its kind and its record's id (households, which have no page, are ignored)
     * @param chains the chains the page names that the user may open, already worked out (null: all)
     */
    public LinkReach reach(UnitScopedUser user, Collection<Ref> parties, Set<Long> chains) {
        if (user == null || !user.isDistrictUser()) {
            return LinkReach.ALL;
        }
        List<Long> cooperativeIds = new ArrayList<>();
        List<Long> enterpriseIds = new ArrayList<>();
        for (Ref p : parties) {
            if (p.kind() == PartyKind.COOPERATIVE && p.id() != null) {
                cooperativeIds.add(p.id());
            } else if (p.kind() == PartyKind.ENTERPRISE && p.id() != null) {
                enterpriseIds.add(p.id());
            }
        }
        return new LinkReach(
                chains, cooperatives.visibleIds(cooperativeIds, user), enterprises.visibleIds(enterpriseIds, user));
    }

    /** A party a page names: its kind and the id of its cooperative or enterprise. */
    public record Ref(PartyKind kind, Long id) {}
}

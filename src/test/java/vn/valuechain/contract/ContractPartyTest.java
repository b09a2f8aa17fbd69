package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.web.LinkReach;

/** How the contract pages show a party and a state: the link a user may follow, and the badge's colour. */
class ContractPartyTest {

    private static final ContractParty COOPERATIVE = new ContractParty(PartyKind.COOPERATIVE, 7L, "HTX Định Thủy");
    private static final ContractParty ENTERPRISE = new ContractParty(PartyKind.ENTERPRISE, 9L, "Công ty Lương Quới");
    private static final ContractParty HOUSEHOLDS = new ContractParty(PartyKind.HOUSEHOLDS, null, "Tổ hộ ấp 3");

    /** A local official's reach: cooperative 7 and no enterprise. */
    private static final LinkReach LOCAL = new LinkReach(Set.of(), Set.of(7L), Set.of());

    @Test
    void aCooperativeOrAnEnterpriseLinksToItsPageWhereTheUserMayOpenIt() {
        assertThat(COOPERATIVE.path()).isEqualTo("/cooperatives/7");
        assertThat(ENTERPRISE.path()).isEqualTo("/enterprises/9");
        assertThat(COOPERATIVE.openFor(null)).isTrue();
        assertThat(ENTERPRISE.openFor(LinkReach.ALL)).isTrue();
        assertThat(COOPERATIVE.openFor(LOCAL)).isTrue();
        assertThat(ENTERPRISE.openFor(LOCAL)).as("outside the official's unit").isFalse();
    }

    @Test
    void householdsHaveNoPage() {
        assertThat(HOUSEHOLDS.path()).isNull();
        assertThat(HOUSEHOLDS.openFor(null)).isFalse();
        assertThat(HOUSEHOLDS.openFor(LinkReach.ALL)).isFalse();
    }

    @Test
    void eachStateHasTheBadgeOfItsMeaning() {
        assertThat(ContractState.IN_FORCE.badge()).isEqualTo("text-bg-success");
        assertThat(ContractState.BROKEN.badge()).isEqualTo("text-bg-danger");
        assertThat(ContractState.NOT_YET_IN_FORCE.badge()).isEqualTo("text-bg-info");
        assertThat(ContractState.TERMINATED.badge()).isEqualTo("text-bg-dark");
        assertThat(ContractState.EXPIRED.badge()).isEqualTo("text-bg-secondary");
        assertThat(ContractState.DRAFT.badge()).isEqualTo("text-bg-secondary");
    }
}

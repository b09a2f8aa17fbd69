package vn.valuechain.contract;

import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.web.LinkReach;

/** A party of a contract as lists and pages show it: what kind, which record (none for households), its name. */
public record ContractParty(PartyKind kind, Long id, String name) {

    static ContractParty of(PartyKind kind, Long cooperativeId, Long enterpriseId, String name) {
        Long id = switch (kind) {
            case COOPERATIVE -> cooperativeId;
            case ENTERPRISE -> enterpriseId;
            case HOUSEHOLDS -> null;
        };
        return new ContractParty(kind, id, name);
    }

    /** Whether the page links the party to its record: a cooperative or an enterprise the user may open. */
    public boolean openFor(LinkReach reach) {
        return switch (kind) {
            case COOPERATIVE -> reach == null || reach.cooperative(id);
            case ENTERPRISE -> reach == null || reach.enterprise(id);
            case HOUSEHOLDS -> false;
        };
    }

    /** The record's page; null for households, who have none. */
    public String path() {
        return switch (kind) {
            case COOPERATIVE -> "/cooperatives/" + id;
            case ENTERPRISE -> "/enterprises/" + id;
            case HOUSEHOLDS -> null;
        };
    }

    public boolean is(PartyKind otherKind, Long otherId) {
        return kind == otherKind && id != null && id.equals(otherId);
    }
}

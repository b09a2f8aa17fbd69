package vn.valuechain.contract;

import vn.valuechain.party.PartyKind;

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

    public boolean is(PartyKind otherKind, Long otherId) {
        return kind == otherKind && id != null && id.equals(otherId);
    }
}

package vn.valuechain.contract;

import static vn.valuechain.shared.domain.Text.blankToNull;

import vn.valuechain.party.PartyKind;

/** One side of a contract as a form edits it: only the id (or households' name) of its kind is kept. */
public record PartyData(PartyKind kind, Long cooperativeId, Long enterpriseId, String householdsName) {

    public static PartyData of(PartyKind kind, Long cooperativeId, Long enterpriseId, String householdsName) {
        if (kind == null) {
            return new PartyData(null, null, null, null);
        }
        return switch (kind) {
            case COOPERATIVE -> new PartyData(kind, cooperativeId, null, null);
            case ENTERPRISE -> new PartyData(kind, null, enterpriseId, null);
            case HOUSEHOLDS -> new PartyData(kind, null, null, blankToNull(householdsName));
        };
    }

    /** Two sides naming the same cooperative or enterprise (households groups may share a name). */
    public boolean sameRecordAs(PartyData other) {
        return kind != null
                && kind == other.kind
                && kind != PartyKind.HOUSEHOLDS
                && java.util.Objects.equals(cooperativeId, other.cooperativeId)
                && java.util.Objects.equals(enterpriseId, other.enterpriseId);
    }
}

package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.domain.MeasureUnit;

/**
 * One line of the contracts list or a record's contracts panel, read in one query with the volume delivered: the
 * JPQL constructor expression fills it, parties as flat columns (no deliveries read as 0).
 */
public record ContractRow(
        Long id,
        String number,
        ContractType type,
        PartyKind sellerKind,
        Long sellerCooperativeId,
        Long sellerEnterpriseId,
        String sellerName,
        PartyKind buyerKind,
        Long buyerCooperativeId,
        Long buyerEnterpriseId,
        String buyerName,
        Long chainId,
        String chainName,
        String productName,
        LocalDate signedOn,
        LocalDate startOn,
        LocalDate endOn,
        ContractStatus status,
        LocalDate statusChangedOn,
        BigDecimal volume,
        MeasureUnit volumeUnit,
        BigDecimal delivered,
        boolean illustrative) {

    public ContractRow {
        delivered = delivered == null ? BigDecimal.ZERO : delivered;
    }

    public ContractParty seller() {
        return ContractParty.of(sellerKind, sellerCooperativeId, sellerEnterpriseId, sellerName);
    }

    public ContractParty buyer() {
        return ContractParty.of(buyerKind, buyerCooperativeId, buyerEnterpriseId, buyerName);
    }

    public ContractState state(LocalDate on) {
        return ContractState.on(on, status, statusChangedOn, signedOn, startOn, endOn);
    }

    public Fulfilment fulfilment() {
        return Fulfilment.of(volume, delivered);
    }

    /** Seen from one party's page: the party on the other side. */
    public ContractParty otherParty(PartyKind kind, Long id) {
        return seller().is(kind, id) ? buyer() : seller();
    }

    /** A short label for pickers: the number, or the parties when the contract has none. */
    public String label() {
        return label(number, sellerName, buyerName);
    }

    static String label(String number, String sellerName, String buyerName) {
        String parties = sellerName + " → " + buyerName;
        return number == null ? parties : number + " · " + parties;
    }
}

package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract's record page: its fields and names, its state today, what was delivered and how far that fulfils
 * it, the contract it renews (when the user may see it) and those renewing it.
 */
public record ContractDetails(
        Long id,
        long version,
        ContractData data,
        ContractNames names,
        LocalDate today,
        ContractState state,
        List<DeliveryRow> deliveries,
        Fulfilment fulfilment,
        boolean renewsVisible,
        List<ContractRow> renewals,
        boolean illustrative,
        String updatedBy,
        Instant updatedAt) {

    public ContractParty seller() {
        return party(data.seller(), names.sellerName());
    }

    public ContractParty buyer() {
        return party(data.buyer(), names.buyerName());
    }

    private static ContractParty party(PartyData p, String name) {
        return ContractParty.of(p.kind(), p.cooperativeId(), p.enterpriseId(), name);
    }

    public BigDecimal delivered() {
        return fulfilment.delivered();
    }

    /** Deliveries are recorded from this day on: the start, or the signing. */
    public LocalDate deliveriesFrom() {
        return ContractState.effectiveStart(data.signedOn(), data.startOn());
    }
}

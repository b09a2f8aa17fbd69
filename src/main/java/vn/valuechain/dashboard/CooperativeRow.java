package vn.valuechain.dashboard;

import java.time.LocalDate;

/**
 * A cooperative counted on the dashboard; when it has a stable offtake contract, that contract (the earliest
 * in force that has lasted twelve months or renews one with the same buyer).
 */
public record CooperativeRow(
        long id,
        String name,
        String unitName,
        Long contractId,
        String contractNumber,
        String buyerName,
        LocalDate contractStart) {

    public boolean stable() {
        return contractId != null;
    }
}

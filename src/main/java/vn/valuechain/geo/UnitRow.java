package vn.valuechain.geo;

import java.time.LocalDate;

/** A unit as lists and pickers show it, read in one query. */
public record UnitRow(
        Long id,
        long version,
        AdministrativeLevel level,
        String code,
        String name,
        Long parentId,
        String parentName,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId,
        String successorName) {

    public boolean isEnded(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }
}

package vn.valuechain.agency;

import java.time.LocalDate;

/** One line of the agencies list: with its province, the dates it existed and the body that succeeded it. */
public record AgencyRow(
        Long id,
        String name,
        String shortName,
        AgencyKind kind,
        String unitName,
        long aliasCount,
        String provinceName,
        LocalDate validFrom,
        LocalDate validTo,
        String successorName) {}

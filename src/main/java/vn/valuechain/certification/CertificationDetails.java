package vn.valuechain.certification;

import java.time.Instant;

/** A certificate's record page: its fields, its holder's unit, its validity today, and who last changed it. */
public record CertificationDetails(
        Long id,
        long version,
        CertificationData data,
        String holderUnitName,
        CertificationValidity validity,
        boolean illustrative,
        String updatedBy,
        Instant updatedAt) {}

package vn.valuechain.cooperative;

import java.time.Instant;

/** A cooperative's record page: its fields, the plan that calls for it, and who last changed it. */
public record CooperativeDetails(
        Long id,
        long version,
        CooperativeData data,
        String parentUnitName,
        String planNumber,
        boolean illustrative,
        String updatedBy,
        Instant updatedAt) {}

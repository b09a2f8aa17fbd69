package vn.valuechain.enterprise;

import java.time.Instant;

/** An enterprise's record page: its fields and who last changed it. */
public record EnterpriseDetails(
        Long id,
        long version,
        EnterpriseData data,
        String parentUnitName,
        boolean illustrative,
        String updatedBy,
        Instant updatedAt) {}

package vn.valuechain.certification;

import java.time.LocalDate;

/**
 * Whether a certificate can be relied on, on a given day: what its status and dates say together. Computed
 * when read, never stored, so an expiry never goes stale.
 */
public enum CertificationValidity {
    VALID,
    /** Valid, but its end date is at most {@link #EXPIRY_WARNING_DAYS} days away. */
    EXPIRING,
    EXPIRED,
    /** Issued with a start date still to come. */
    NOT_YET_VALID,
    SUSPENDED,
    REVOKED;

    /** "Sắp hết hạn": the window the list filter and the record pages warn about. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    public static CertificationValidity of(
            CertificationStatus status, LocalDate validFrom, LocalDate validTo, LocalDate today) {
        if (status == CertificationStatus.REVOKED) {
            return REVOKED;
        }
        if (status == CertificationStatus.SUSPENDED) {
            return SUSPENDED;
        }
        if (validTo != null && validTo.isBefore(today)) {
            return EXPIRED;
        }
        if (validFrom != null && validFrom.isAfter(today)) {
            return NOT_YET_VALID;
        }
        if (validTo != null && !validTo.isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
            return EXPIRING;
        }
        return VALID;
    }
}

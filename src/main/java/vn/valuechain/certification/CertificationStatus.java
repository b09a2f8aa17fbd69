package vn.valuechain.certification;

/** Expiry is read from valid_to, not stored as a status, so it never goes stale. */
public enum CertificationStatus {
    VALID,
    SUSPENDED,
    REVOKED
}

package vn.valuechain.certification;

import java.time.LocalDate;
import lombok.Value;
import vn.valuechain.shared.web.DaysAhead;
import vn.valuechain.shared.web.TypedDate;

/**
 * The certifications list's search and filters, as the query string carries them (and the filter form
 * shows). The cooperative, enterprise and chain narrow it to one record page's panel.
 */
@Value
public class CertificationFilter {

    /** Searched in the holder's name and the certificate number, any part of either, accents and case ignored. */
    String q;

    CertificationType type;
    Long productId;
    CertificationStatus status;
    Long unitId;
    String unitLabel;
    /**
     * Valid certificates whose end date falls within the next so many days: a number of days ("60", as the home page
     * links), or "true" for the list's own checkbox ({@link CertificationValidity#EXPIRY_WARNING_DAYS}).
     */
    String expiring;

    /** As typed ({@link TypedDate}). */
    String validOn;

    Long cooperativeId;
    Long enterpriseId;
    Long chainId;

    public static CertificationFilter none() {
        return new CertificationFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    public static CertificationFilter ofCooperative(long id) {
        return new CertificationFilter(null, null, null, null, null, null, null, null, id, null, null);
    }

    public static CertificationFilter ofEnterprise(long id) {
        return new CertificationFilter(null, null, null, null, null, null, null, null, null, id, null);
    }

    public static CertificationFilter ofChain(long id) {
        return new CertificationFilter(null, null, null, null, null, null, null, null, null, null, id);
    }

    /** The date of "valid on", or null when none was typed or it is not a date. */
    public LocalDate validOnDate() {
        return TypedDate.parse(validOn);
    }

    public boolean isValidOnMistyped() {
        return TypedDate.mistyped(validOn);
    }

    /** The days of the expiry window asked for; null when not asked for. */
    public Integer expiringDays() {
        return DaysAhead.parse(expiring, CertificationValidity.EXPIRY_WARNING_DAYS);
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

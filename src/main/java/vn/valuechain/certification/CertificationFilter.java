package vn.valuechain.certification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import lombok.Value;
import vn.valuechain.shared.web.DaysAhead;

/**
 * The certifications list's search and filters, as the query string carries them (and the filter form
 * shows). The cooperative, enterprise and chain narrow it to one record page's panel.
 */
@Value
public class CertificationFilter {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

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

    /** As typed (dd/MM/yyyy), so a mistyped date is shown back with a message rather than refused with a 400. */
    String validOn;

    Long cooperativeId;
    Long enterpriseId;
    Long chainId;

    // Written out (not Lombok's) so that an absent "expiring" binds as false.
    public CertificationFilter(
            String q,
            CertificationType type,
            Long productId,
            CertificationStatus status,
            Long unitId,
            String unitLabel,
            String expiring,
            String validOn,
            Long cooperativeId,
            Long enterpriseId,
            Long chainId) {
        this.q = q;
        this.type = type;
        this.productId = productId;
        this.status = status;
        this.unitId = unitId;
        this.unitLabel = unitLabel;
        this.expiring = expiring;
        this.validOn = validOn;
        this.cooperativeId = cooperativeId;
        this.enterpriseId = enterpriseId;
        this.chainId = chainId;
    }

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
        if (validOn == null || validOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(validOn.trim(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean isValidOnMistyped() {
        return validOn != null && !validOn.isBlank() && validOnDate() == null;
    }

    /** The days of the expiry window asked for; null when not asked for. */
    public Integer expiringDays() {
        return DaysAhead.parse(expiring, CertificationValidity.EXPIRY_WARNING_DAYS);
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

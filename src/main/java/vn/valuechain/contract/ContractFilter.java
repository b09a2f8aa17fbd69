package vn.valuechain.contract;

import java.time.LocalDate;
import lombok.Value;
import vn.valuechain.shared.web.DaysAhead;
import vn.valuechain.shared.web.TypedDate;

/**
 * The contracts list's search and filters, as the query string carries them (and the filter form shows).
 * cooperativeId and enterpriseId keep to the contracts of one party (the links from a party's page).
 */
@Value
public class ContractFilter {

    String q;
    ContractType type;
    ContractStatus status;
    Long productId;
    Long chainId;
    String chainLabel;
    Long unitId;
    String unitLabel;

    /** As typed ({@link TypedDate}). */
    String inForceOn;

    Long cooperativeId;
    Long enterpriseId;

    /**
     * Signed contracts whose end date falls within the next so many days ({@code ?expiring=60}, as the home page
     * links), or "true" for the list's checkbox ({@link #EXPIRY_DAYS}).
     */
    String expiring;

    /** The window of the list's own "ending soon" checkbox, as for certificates. */
    public static final int EXPIRY_DAYS = 90;

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The days of the expiry window asked for; null when not asked for. */
    public Integer expiringDays() {
        return DaysAhead.parse(expiring, EXPIRY_DAYS);
    }

    /** The date the contracts must be in force on; null when none is given or it is not a date. */
    public LocalDate inForceDate() {
        return TypedDate.parse(inForceOn);
    }

    public boolean inForceOnInvalid() {
        return TypedDate.mistyped(inForceOn);
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

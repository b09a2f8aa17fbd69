package vn.valuechain.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import lombok.Value;
import vn.valuechain.shared.web.DaysAhead;

/**
 * The contracts list's search and filters, as the query string carries them (and the filter form shows).
 * cooperativeId and enterpriseId keep to the contracts of one party (the links from a party's page).
 */
@Value
public class ContractFilter {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    String q;
    ContractType type;
    ContractStatus status;
    Long productId;
    Long chainId;
    String chainLabel;
    Long unitId;
    String unitLabel;

    /** As typed ("dd/MM/yyyy"); kept as text so a mistyped date is shown at the field rather than refused. */
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
        if (inForceOn == null || inForceOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(inForceOn.trim(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean inForceOnInvalid() {
        return inForceOn != null && !inForceOn.isBlank() && inForceDate() == null;
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

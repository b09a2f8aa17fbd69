package vn.valuechain.certification;

import java.time.LocalDate;
import lombok.Value;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The certifications list's search and filters, as the query string carries them (and the filter form
 * shows). The cooperative, enterprise and chain narrow it to one record page's panel.
 */
@Value
public class CertificationFilter {

    /** Searched in the holder's name (without accents), or the certificate number exactly. */
    String q;

    CertificationType type;
    Long productId;
    CertificationStatus status;
    Long unitId;
    String unitLabel;
    /** Valid certificates whose end date falls within the next 90 days. */
    boolean expiring;

    LocalDate validOn;
    Long cooperativeId;
    Long enterpriseId;
    Long chainId;

    // Written out (not Lombok's) so the date parameter carries its format for binding from the query string.
    public CertificationFilter(
            String q,
            CertificationType type,
            Long productId,
            CertificationStatus status,
            Long unitId,
            String unitLabel,
            Boolean expiring,
            @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate validOn,
            Long cooperativeId,
            Long enterpriseId,
            Long chainId) {
        this.q = q;
        this.type = type;
        this.productId = productId;
        this.status = status;
        this.unitId = unitId;
        this.unitLabel = unitLabel;
        this.expiring = Boolean.TRUE.equals(expiring); // absent from the query string: not asked for
        this.validOn = validOn;
        this.cooperativeId = cooperativeId;
        this.enterpriseId = enterpriseId;
        this.chainId = chainId;
    }

    public static CertificationFilter none() {
        return new CertificationFilter(null, null, null, null, null, null, false, null, null, null, null);
    }

    public static CertificationFilter ofCooperative(long id) {
        return new CertificationFilter(null, null, null, null, null, null, false, null, id, null, null);
    }

    public static CertificationFilter ofEnterprise(long id) {
        return new CertificationFilter(null, null, null, null, null, null, false, null, null, id, null);
    }

    public static CertificationFilter ofChain(long id) {
        return new CertificationFilter(null, null, null, null, null, null, false, null, null, null, id);
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}

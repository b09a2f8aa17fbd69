package vn.valuechain.certification;

import java.time.LocalDate;
import vn.valuechain.party.PartyKind;

/**
 * One line of the certifications list or of a record page's panel, read in one query. The holder is a
 * cooperative or an enterprise (its id set, for the link) or households (only a name); validity is worked
 * out for today by the service.
 */
public record CertificationRow(
        Long id,
        CertificationType type,
        Integer ocopStars,
        PartyKind holderKind,
        Long holderCooperativeId,
        Long holderEnterpriseId,
        String holderName,
        String holderUnitName,
        String productName,
        String number,
        LocalDate validFrom,
        LocalDate validTo,
        CertificationStatus status,
        boolean illustrative,
        CertificationValidity validity) {

    /** The query's constructor: everything but the validity, which depends on the day. */
    public CertificationRow(
            Long id,
            CertificationType type,
            Integer ocopStars,
            PartyKind holderKind,
            Long holderCooperativeId,
            Long holderEnterpriseId,
            String holderName,
            String holderUnitName,
            String productName,
            String number,
            LocalDate validFrom,
            LocalDate validTo,
            CertificationStatus status,
            boolean illustrative) {
        this(
                id,
                type,
                ocopStars,
                holderKind,
                holderCooperativeId,
                holderEnterpriseId,
                holderName,
                holderUnitName,
                productName,
                number,
                validFrom,
                validTo,
                status,
                illustrative,
                null);
    }

    CertificationRow on(LocalDate today) {
        return new CertificationRow(
                id,
                type,
                ocopStars,
                holderKind,
                holderCooperativeId,
                holderEnterpriseId,
                holderName,
                holderUnitName,
                productName,
                number,
                validFrom,
                validTo,
                status,
                illustrative,
                CertificationValidity.of(status, validFrom, validTo, today));
    }
}

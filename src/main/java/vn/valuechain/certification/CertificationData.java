package vn.valuechain.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.valuechain.party.PartyKind;

/**
 * A certificate's editable fields, as a form submits them and as the record page and form show them. The
 * holder is one of a cooperative, an enterprise or named households, as holderKind says.
 */
public record CertificationData(
        CertificationType type,
        Integer ocopStars,
        PartyKind holderKind,
        Long cooperativeId,
        String cooperativeName,
        Long enterpriseId,
        String enterpriseName,
        String householdsName,
        Long productId,
        String productName,
        BigDecimal areaHa,
        String number,
        String issuedBy,
        LocalDate validFrom,
        LocalDate validTo,
        CertificationStatus status,
        String note) {

    public String holderName() {
        if (holderKind == null) {
            return null;
        }
        return switch (holderKind) {
            case COOPERATIVE -> cooperativeName;
            case ENTERPRISE -> enterpriseName;
            case HOUSEHOLDS -> householdsName;
        };
    }
}

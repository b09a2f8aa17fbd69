package vn.valuechain.certification.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.certification.CertificationData;
import vn.valuechain.certification.CertificationDetails;
import vn.valuechain.certification.CertificationStatus;
import vn.valuechain.certification.CertificationType;
import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.web.RecordForm;

@Data
class CertificationForm extends RecordForm {

    @NotNull(message = "{validation.required}")
    private CertificationType type;

    @Min(value = 3, message = "{certification.ocopStars.range}")
    @Max(value = 5, message = "{certification.ocopStars.range}")
    private Integer ocopStars;

    @NotNull(message = "{validation.required}")
    private PartyKind holderKind = PartyKind.COOPERATIVE;

    // One holder field per kind; only the one holderKind names is kept.
    private Long cooperativeId;
    private String cooperativeLabel;
    private Long enterpriseId;
    private String enterpriseLabel;

    @Size(max = 300, message = "{validation.size.max}")
    private String householdsName;

    private Long productId;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 9, fraction = 3, message = "{validation.digits}")
    private BigDecimal areaHa;

    @Size(max = 100, message = "{validation.size.max}")
    private String number;

    @Size(max = 300, message = "{validation.size.max}")
    private String issuedBy;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validFrom;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate validTo;

    @NotNull(message = "{validation.required}")
    private CertificationStatus status = CertificationStatus.VALID;

    private String note;

    static CertificationForm of(CertificationDetails details) {
        CertificationData d = details.data();
        CertificationForm f = new CertificationForm();
        f.editing(details.id(), details.version());
        f.setType(d.type());
        f.setOcopStars(d.ocopStars());
        f.setHolderKind(d.holderKind());
        f.setCooperativeId(d.cooperativeId());
        f.setCooperativeLabel(d.cooperativeName());
        f.setEnterpriseId(d.enterpriseId());
        f.setEnterpriseLabel(d.enterpriseName());
        f.setHouseholdsName(d.householdsName());
        f.setProductId(d.productId());
        f.setAreaHa(d.areaHa());
        f.setNumber(d.number());
        f.setIssuedBy(d.issuedBy());
        f.setValidFrom(d.validFrom());
        f.setValidTo(d.validTo());
        f.setStatus(d.status());
        f.setNote(d.note());
        return f;
    }

    CertificationData toData() {
        return new CertificationData(
                type,
                type == CertificationType.OCOP ? ocopStars : null,
                holderKind,
                holderKind == PartyKind.COOPERATIVE ? cooperativeId : null,
                null,
                holderKind == PartyKind.ENTERPRISE ? enterpriseId : null,
                null,
                holderKind == PartyKind.HOUSEHOLDS ? householdsName : null,
                productId,
                null,
                areaHa,
                number,
                issuedBy,
                validFrom,
                validTo,
                status,
                note);
    }
}

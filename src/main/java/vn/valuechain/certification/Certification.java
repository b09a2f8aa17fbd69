package vn.valuechain.certification;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A certificate (VietGAP, OCOP, growing-area code…) held by a cooperative, enterprise or households. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class Certification extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private CertificationType type;

    /** Set exactly when the type is OCOP (the database checks it). */
    private Integer ocopStars;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "holder_kind", nullable = false)),
        @AttributeOverride(name = "householdsName", column = @Column(name = "holder_households_name"))
    })
    @AssociationOverrides({
        @AssociationOverride(name = "cooperative", joinColumns = @JoinColumn(name = "holder_cooperative_id")),
        @AssociationOverride(name = "enterprise", joinColumns = @JoinColumn(name = "holder_enterprise_id"))
    })
    private Party holder;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Product product;

    private BigDecimal areaHa;

    private String number;

    private String issuedBy;

    private LocalDate validFrom;

    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    private CertificationStatus status = CertificationStatus.VALID;

    private String note;

    private boolean illustrative;

    public Certification(CertificationType type, Party holder) {
        this.type = type;
        this.holder = holder;
    }

    /** Valid on the date: not suspended or revoked, and within its dates. */
    public boolean isValidOn(LocalDate date) {
        return status == CertificationStatus.VALID
                && (validFrom == null || !date.isBefore(validFrom))
                && (validTo == null || !date.isAfter(validTo));
    }
}

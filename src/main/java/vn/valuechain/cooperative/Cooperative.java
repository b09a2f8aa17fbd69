package vn.valuechain.cooperative;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.plan.Plan;
import vn.valuechain.product.Product;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A cooperative, cooperative group or union, existing or one a plan means to found or consolidate. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class Cooperative extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private CooperativeType type;

    private String name;

    private String registrationCode;

    private LocalDate foundedOn;

    private Integer members;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AdministrativeUnit administrativeUnit;

    private String address;

    private String representative;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Product product;

    @Enumerated(EnumType.STRING)
    private CooperativeStatus status;

    // For a planned or to-consolidate cooperative: the plan that calls for it and the period it names.
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Plan plan;

    /** The period as the plan writes it ("giai đoạn 2021-2025"). */
    private String targetPeriod;

    private Integer targetYearFrom;

    private Integer targetYearTo;

    /** The smallest scale the plan requires of it (e.g. 20 ha of coconut). */
    private BigDecimal minScaleValue;

    @Enumerated(EnumType.STRING)
    private MeasureUnit minScaleUnit;

    private String note;

    private boolean illustrative;

    public Cooperative(CooperativeType type, String name, CooperativeStatus status) {
        this.type = type;
        this.name = name;
        this.status = status;
    }
}

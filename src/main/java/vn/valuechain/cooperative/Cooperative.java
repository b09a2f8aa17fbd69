package vn.valuechain.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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
@Table(name = "cooperative")
@Getter
@Setter
@NoArgsConstructor
public class Cooperative extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CooperativeType type;

    @Column(nullable = false)
    private String name;

    @Column(name = "registration_code")
    private String registrationCode;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    private Integer members;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administrative_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AdministrativeUnit administrativeUnit;

    private String address;

    private String representative;

    private String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CooperativeStatus status;

    // For a planned or to-consolidate cooperative: the plan that calls for it and the period it names.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Plan plan;

    /** The period as the plan writes it ("giai đoạn 2021-2025"). */
    @Column(name = "target_period")
    private String targetPeriod;

    @Column(name = "target_year_from")
    private Integer targetYearFrom;

    @Column(name = "target_year_to")
    private Integer targetYearTo;

    /** The smallest scale the plan requires of it (e.g. 20 ha of coconut). */
    @Column(name = "min_scale_value")
    private BigDecimal minScaleValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_scale_unit")
    private MeasureUnit minScaleUnit;

    private String note;

    private boolean illustrative;

    public Cooperative(CooperativeType type, String name, CooperativeStatus status) {
        this.type = type;
        this.name = name;
        this.status = status;
    }
}

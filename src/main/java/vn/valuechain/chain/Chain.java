package vn.valuechain.chain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.plan.Plan;
import vn.valuechain.product.Product;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A value-chain linkage project (chuỗi liên kết) for one product, its scale, budget and participants. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class Chain extends AuditedEntity {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Product product;

    /** The plan that set the chain up; empty for chains formed outside any plan. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private ChainStatus status = ChainStatus.PLANNED;

    private LocalDate startedOn;

    private LocalDate endedOn;

    // Scale is an area or a herd (ha, head), output a mass or count; each quantity carries its own unit.
    @Enumerated(EnumType.STRING)
    private MeasureUnit scaleUnit;

    private BigDecimal plannedScale;

    private BigDecimal actualScale;

    @Enumerated(EnumType.STRING)
    private MeasureUnit outputUnit;

    private BigDecimal plannedOutput;

    private LocalDate outputPeriodFrom;

    private LocalDate outputPeriodTo;

    private Integer householdsPlanned;

    private Integer householdsActual;

    // Budget in whole đồng (numeric(18, 0)), in the breakdown plans use.
    private BigDecimal budgetTotal;

    private BigDecimal budgetInputs;

    private BigDecimal budgetInfrastructure;

    private BigDecimal budgetTraining;

    private BigDecimal budgetCertification;

    private BigDecimal budgetTradePromotion;

    private BigDecimal budgetConsultancy;

    @Column(name = "has_label_traceability")
    private boolean labelTraceability;

    /** Set when the chain buys no inputs, so having no input supplier is not a gap. */
    private boolean needsNoPurchasedInputs;

    private String description;

    private boolean illustrative;

    /** Where the chain operates; a chain often spans communes of several districts. */
    @NotAudited
    @ManyToMany
    @JoinTable(
            name = "chain_unit",
            joinColumns = @JoinColumn(name = "chain_id"),
            inverseJoinColumns = @JoinColumn(name = "administrative_unit_id"))
    private Set<AdministrativeUnit> units = new HashSet<>();

    /** The stages the chain must have a participant for to count as complete. */
    @ElementCollection
    @CollectionTable(name = "chain_required_stage", joinColumns = @JoinColumn(name = "chain_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage")
    private Set<Stage> requiredStages = new HashSet<>(Stage.defaultRequired());

    @NotAudited
    @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lead desc, id")
    private List<ChainParticipant> participants = new ArrayList<>();

    public Chain(String name, Product product) {
        this.name = name;
        this.product = product;
    }

    public ChainParticipant addParticipant(Party party, ParticipantRole role) {
        ChainParticipant participant = new ChainParticipant(this, party, role);
        participants.add(participant);
        return participant;
    }
}

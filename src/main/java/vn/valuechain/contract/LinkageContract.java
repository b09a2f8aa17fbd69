package vn.valuechain.contract;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AssociationOverrides;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.valuechain.chain.Chain;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A linkage contract between two parties, usually within a chain, with what was delivered under it. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class LinkageContract extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private ContractType type;

    private String number;

    /** Empty for a contract between parties not (yet) recorded as a chain. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Chain chain;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Product product;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "seller_kind", nullable = false)),
        @AttributeOverride(name = "householdsName", column = @Column(name = "seller_households_name"))
    })
    @AssociationOverrides({
        @AssociationOverride(name = "cooperative", joinColumns = @JoinColumn(name = "seller_cooperative_id")),
        @AssociationOverride(name = "enterprise", joinColumns = @JoinColumn(name = "seller_enterprise_id"))
    })
    private Party seller;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "buyer_kind", nullable = false)),
        @AttributeOverride(name = "householdsName", column = @Column(name = "buyer_households_name"))
    })
    @AssociationOverrides({
        @AssociationOverride(name = "cooperative", joinColumns = @JoinColumn(name = "buyer_cooperative_id")),
        @AssociationOverride(name = "enterprise", joinColumns = @JoinColumn(name = "buyer_enterprise_id"))
    })
    private Party buyer;

    private LocalDate signedOn;

    private LocalDate startOn;

    private LocalDate endOn;

    @Enumerated(EnumType.STRING)
    private ContractStatus status = ContractStatus.DRAFT;

    /** When it was terminated or broken; required for those statuses. */
    private LocalDate statusChangedOn;

    private BigDecimal volume;

    @Enumerated(EnumType.STRING)
    private MeasureUnit volumeUnit;

    private String priceTerms;

    /** The contract this one renews, so a chain's linkage reads as one continuous history. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renews_contract_id")
    private LinkageContract renews;

    private String note;

    private boolean illustrative;

    @NotAudited
    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("deliveredOn")
    private List<ContractDelivery> deliveries = new ArrayList<>();

    public LinkageContract(ContractType type, Party seller, Party buyer) {
        this.type = type;
        this.seller = seller;
        this.buyer = buyer;
    }

    /** How the change history names this contract where another record refers to it (a renewal). */
    public String displayName() {
        return number != null ? number : "#" + getId();
    }

    public ContractDelivery addDelivery(LocalDate deliveredOn, BigDecimal volume) {
        ContractDelivery delivery = new ContractDelivery(this, deliveredOn, volume);
        deliveries.add(delivery);
        return delivery;
    }
}

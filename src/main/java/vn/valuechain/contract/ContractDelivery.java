package vn.valuechain.contract;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import vn.valuechain.shared.jpa.AuditedEntity;

/** One delivery under a contract; its volume is in the contract's volume unit (deliveries have none of their own). */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class ContractDelivery extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private LinkageContract contract;

    private LocalDate deliveredOn;

    private BigDecimal volume;

    private String note;

    private boolean illustrative;

    ContractDelivery(LinkageContract contract, LocalDate deliveredOn, BigDecimal volume) {
        this.contract = contract;
        this.deliveredOn = deliveredOn;
        this.volume = volume;
    }
}

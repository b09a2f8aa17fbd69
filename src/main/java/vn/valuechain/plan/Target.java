package vn.valuechain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A measurable result an item promises ("Diện tích đạt VietGAP: 50 ha, 2020"). */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Target extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionItem actionItem;

    private String indicator;

    private BigDecimal value;

    /** Free text as the plan writes it ("ha", "hộ", "lớp"), unlike the coded units of chains. */
    private String unit;

    private Integer year;

    Target(ActionItem actionItem, String indicator, BigDecimal value, String unit, Integer year) {
        this.actionItem = actionItem;
        this.indicator = indicator;
        this.value = value;
        this.unit = unit;
        this.year = year;
    }
}

package vn.valuechain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One period of an item's timeframe ("Tháng 4/2018 đến tháng 12/2018. Năm 2019 -2020" gives two). */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ActionItemPhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Setter(AccessLevel.NONE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionItem actionItem;

    private LocalDate startOn;

    private LocalDate endOn;

    /** "Hằng năm": the same months every year of the plan's period. */
    private boolean recurringYearly;

    private String label;

    private int sortOrder;

    ActionItemPhase(ActionItem actionItem, LocalDate startOn, LocalDate endOn, int sortOrder) {
        this.actionItem = actionItem;
        this.startOn = startOn;
        this.endOn = endOn;
        this.sortOrder = sortOrder;
    }
}

package vn.valuechain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A section of a plan's framework: "I. Các hoạt động chung", or one per chain ("1. Chuỗi Dừa"). */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class PlanSection extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    private String code;

    private String title;

    /** The chain the section is about. A bare id: the chain package depends on plan, not the other way. */
    private Long chainId;

    private int sortOrder;

    PlanSection(Plan plan, String code, String title, int sortOrder) {
        this.plan = plan;
        this.code = code;
        this.title = title;
        this.sortOrder = sortOrder;
    }
}

package vn.valuechain.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.agency.Agency;
import vn.valuechain.geo.AdministrativeUnit;

/**
 * An agency in a role on an item. writtenAs keeps the plan's own words; when nothing matched, agency and
 * unit stay empty and needsReview asks a person to resolve it.
 */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ActionItemAgency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Setter(AccessLevel.NONE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActionItem actionItem;

    @Enumerated(EnumType.STRING)
    private AgencyRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Agency agency;

    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit administrativeUnit;

    private String writtenAs;

    private boolean needsReview;

    private int sortOrder;

    ActionItemAgency(ActionItem actionItem, AgencyRole role, Agency agency, String writtenAs, int sortOrder) {
        this.actionItem = actionItem;
        this.role = role;
        this.agency = agency;
        this.writtenAs = writtenAs;
        this.needsReview = agency == null;
        this.sortOrder = sortOrder;
    }
}

package vn.valuechain.enterprise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A company that buys, processes, supplies or serves in chains, in the province or outside it. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class Enterprise extends AuditedEntity {

    private String name;

    /** Mã số thuế: 10 digits, or 13 with a branch suffix ("0123456789-001"). */
    private String taxCode;

    /** Buyers outside the province matter to chains but have no unit here. */
    private boolean inProvince = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private AdministrativeUnit administrativeUnit;

    private String address;

    private String representative;

    private String phone;

    @Enumerated(EnumType.STRING)
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    private String note;

    private boolean illustrative;

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "enterprise_role", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<EnterpriseRole> roles = new HashSet<>();

    public Enterprise(String name) {
        this.name = name;
    }
}

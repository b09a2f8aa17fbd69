package vn.valuechain.agency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A body named in plans as lead, coordinating or supporting agency (Sở NN&PTNT, UBND huyện…). */
@Entity
@Table(name = "agency")
@Getter
@Setter
@NoArgsConstructor
public class Agency extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    /** For a People's Committee: the unit it governs. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administrative_unit_id")
    private AdministrativeUnit administrativeUnit;

    /** Other ways the same body is written in real plans ("Sở NN&PTNT", "Sở Nông Nghiệp & PTNT"). */
    @OneToMany(mappedBy = "agency", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("alias")
    private List<AgencyAlias> aliases = new ArrayList<>();

    public Agency(String name, AgencyKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /** Replaces the aliases with the given ones, keeping the rows of those that stay. */
    public void replaceAliases(List<String> wanted) {
        aliases.removeIf(a -> !wanted.contains(a.getAlias()));
        List<String> present = aliases.stream().map(AgencyAlias::getAlias).toList();
        wanted.stream().filter(w -> !present.contains(w)).forEach(w -> aliases.add(new AgencyAlias(this, w)));
    }
}

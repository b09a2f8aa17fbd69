package vn.valuechain.agency;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/**
 * A body named in plans as lead, coordinating or supporting agency (Sở Nông nghiệp và Môi trường, Hội Nông dân…), of a
 * province and a time, with the body that succeeded it.
 */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Agency extends AuditedEntity {

    private String name;

    private String shortName;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    /** For a People's Committee: the unit it governs. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit administrativeUnit;

    /** The province whose body it is (a province of its time: Bến Tre's departments until 30/06/2025); none for a
     * phrase every plan uses of its own province ("Các sở, ban, ngành, đoàn thể tỉnh"). */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit province;

    private LocalDate validFrom;

    private LocalDate validTo;

    /** The body that took over its work when it ended (Sở NN&PTNT → Sở Nông nghiệp và Môi trường). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Agency successor;

    /** The line of the reference list it was loaded from, so that loading again updates it. */
    private String referenceCode;

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

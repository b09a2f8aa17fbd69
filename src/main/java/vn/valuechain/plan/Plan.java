package vn.valuechain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
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

/** A plan (kế hoạch) issued by a People's Committee or department, with its framework of sections. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Plan extends AuditedEntity {

    private String documentNumber;

    private LocalDate issuedOn;

    private String title;

    private String issuingBody;

    private Integer periodStartYear;

    private Integer periodEndYear;

    /** Illustrative data of the demo, not a real document (shown with a badge). */
    private boolean illustrative;

    /** The province whose plan it is; "UBND các huyện" in its framework means this province's districts. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit province;

    /** The earlier plan this one amends or supplements; both stay, as the office cites both. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_plan_id")
    private Plan amends;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<PlanSection> sections = new ArrayList<>();

    public Plan(String documentNumber, String title) {
        this.documentNumber = documentNumber;
        this.title = title;
    }

    /** How the change history names the plan where a record refers to it: its number ("2835/KH-UBND"). */
    public String displayName() {
        return documentNumber;
    }

    public PlanSection addSection(String code, String title) {
        PlanSection section = new PlanSection(this, code, title, sections.size());
        sections.add(section);
        return section;
    }
}

package vn.valuechain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.agency.Agency;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

/** One task of a plan's framework, with who does it, when, where and what it should achieve. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ActionItem extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanSection section;

    /** The number as the plan writes it ("1", "2.3", "a"), kept verbatim for citing. */
    private String ordinal;

    private int sortOrder;

    private String content;

    private String inputActivities;

    private String expectedOutputs;

    /** The plan's own wording of the timeframe; start and end are what could be read from it. */
    private String timeframeText;

    private LocalDate timeframeStart;

    private LocalDate timeframeEnd;

    private boolean timeframeRecurring;

    /** Set when the timeframe text could not be read with confidence. */
    private boolean timeframeNeedsReview;

    /** Marked done by staff; doneOn is the day it was (the item counts as done from that day on). */
    @Setter(AccessLevel.NONE)
    private boolean done;

    @Setter(AccessLevel.NONE)
    private LocalDate doneOn;

    @OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ActionItemPhase> phases = new ArrayList<>();

    @OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ActionItemAgency> agencies = new ArrayList<>();

    @OneToMany(mappedBy = "actionItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, id")
    private List<Target> targets = new ArrayList<>();

    /** Where the item is carried out. */
    @ManyToMany
    @JoinTable(
            name = "action_item_unit",
            joinColumns = @JoinColumn(name = "action_item_id"),
            inverseJoinColumns = @JoinColumn(name = "administrative_unit_id"))
    private Set<AdministrativeUnit> units = new HashSet<>();

    public ActionItem(PlanSection section, String ordinal, int sortOrder, String content) {
        this.plan = section.getPlan();
        this.section = section;
        this.ordinal = ordinal;
        this.sortOrder = sortOrder;
        this.content = content;
    }

    public ActionItemPhase addPhase(LocalDate startOn, LocalDate endOn) {
        ActionItemPhase phase = new ActionItemPhase(this, startOn, endOn, phases.size());
        phases.add(phase);
        return phase;
    }

    /** Keeps the text as written and what could be read from it; the phases are replaced. */
    public void setTimeframe(Timeframe timeframe) {
        timeframeText = timeframe.text() == null || timeframe.text().isBlank()
                ? null
                : timeframe.text().trim();
        timeframeStart = timeframe.start();
        timeframeEnd = timeframe.end();
        timeframeRecurring = timeframe.recurring();
        timeframeNeedsReview = timeframe.needsReview();
        phases.clear();
        for (Timeframe.Phase p : timeframe.phases()) {
            ActionItemPhase phase = addPhase(p.start(), p.end());
            phase.setRecurringYearly(p.recurringYearly());
            phase.setLabel(p.label());
        }
    }

    /** Marks the item done on a day, or (null) not done. */
    public void markDone(LocalDate on) {
        doneOn = on;
        done = on != null;
    }

    /** Removes the agencies of a role, before they are read again from the text. */
    public void clearAgencies(AgencyRole role) {
        agencies.removeIf(a -> a.getRole() == role);
    }

    /**
     * Adds what a phrase of an agency cell denotes: an agency, a unit (a district of a group phrase), both (a
     * People's Committee), or neither, which leaves it for a person to resolve.
     */
    public ActionItemAgency addAgency(AgencyRole role, Agency agency, AdministrativeUnit unit, String writtenAs) {
        ActionItemAgency row = addAgency(role, agency, writtenAs);
        row.setAdministrativeUnit(unit);
        row.setNeedsReview(agency == null && unit == null);
        return row;
    }

    /** Adds an agency in a role; agency may be null when the written name matched none. */
    public ActionItemAgency addAgency(AgencyRole role, Agency agency, String writtenAs) {
        ActionItemAgency row = new ActionItemAgency(this, role, agency, writtenAs, agencies.size());
        agencies.add(row);
        return row;
    }

    public Target addTarget(String indicator, BigDecimal value, String unit, Integer year) {
        Target target = new Target(this, indicator, value, unit, year);
        targets.add(target);
        return target;
    }
}

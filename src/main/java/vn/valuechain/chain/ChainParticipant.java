package vn.valuechain.chain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import vn.valuechain.party.Party;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A cooperative, enterprise or group of households in a role in a chain. */
@Entity
@Audited
@Getter
@Setter
@NoArgsConstructor
public class ChainParticipant extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Chain chain;

    // Party's own column names are this table's, so no overrides.
    @Embedded
    private Party party;

    /** Households taking part through this participant. */
    private Integer householdsCount;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    /** The linkage lead (đầu mối); the database allows one per chain. */
    private boolean lead;

    private String note;

    /** The stages this participant covers, for telling which required stages still lack one. */
    @ElementCollection
    @CollectionTable(name = "chain_participant_stage", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage")
    private Set<Stage> stages = new HashSet<>();

    ChainParticipant(Chain chain, Party party, ParticipantRole role) {
        this.chain = chain;
        this.party = party;
        this.role = role;
    }
}

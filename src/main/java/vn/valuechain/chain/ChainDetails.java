package vn.valuechain.chain;

import java.time.Instant;
import java.util.List;
import vn.valuechain.party.PartyKind;

/** A chain's record page: its fields, where it runs, and who takes part at which stage. */
public record ChainDetails(
        Long id,
        long version,
        ChainData data,
        String productName,
        String planNumber,
        List<UnitLabel> units,
        List<Participant> participants,
        boolean illustrative,
        String updatedBy,
        Instant updatedAt) {

    public record UnitLabel(Long id, String name) {}

    public record Participant(
            Long id,
            PartyKind kind,
            Long partyId,
            String name,
            Integer householdsCount,
            ParticipantRole role,
            boolean lead,
            List<Stage> stages,
            String note) {}

    /** The participants taking part in a stage, the lead first. */
    public List<Participant> at(Stage stage) {
        return participants.stream().filter(p -> p.stages().contains(stage)).toList();
    }

    public boolean requires(Stage stage) {
        return data.requiredStages().contains(stage);
    }
}

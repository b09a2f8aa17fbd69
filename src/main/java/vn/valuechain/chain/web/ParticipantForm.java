package vn.valuechain.chain.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import vn.valuechain.chain.ChainService.ParticipantData;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.party.PartyKind;

/** Adds a cooperative, an enterprise or a group of households to a chain, at one or more stages. */
@Data
class ParticipantForm {

    @NotNull(message = "{validation.required}")
    private PartyKind kind = PartyKind.COOPERATIVE;

    private Long cooperativeId;
    private String cooperativeLabel;
    private Long enterpriseId;
    private String enterpriseLabel;

    @Size(max = 300, message = "{validation.size.max}")
    private String householdsName;

    @Min(value = 0, message = "{validation.notNegative}")
    private Integer householdsCount;

    @NotNull(message = "{validation.required}")
    private ParticipantRole role;

    private boolean lead;

    @NotEmpty(message = "{participant.stages.required}")
    private List<Stage> stages = new ArrayList<>();

    @Size(max = 1000, message = "{validation.size.max}")
    private String note;

    /** The field that names the party for the kind chosen, when it is empty. */
    String missingPartyField() {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case COOPERATIVE -> cooperativeId == null ? "cooperativeId" : null;
            case ENTERPRISE -> enterpriseId == null ? "enterpriseId" : null;
            case HOUSEHOLDS -> householdsName == null || householdsName.isBlank() ? "householdsName" : null;
        };
    }

    /** The field that names the party for the kind chosen. */
    String partyField() {
        return switch (kind) {
            case COOPERATIVE -> "cooperativeId";
            case ENTERPRISE -> "enterpriseId";
            case HOUSEHOLDS -> "householdsName";
        };
    }

    ParticipantData toData() {
        Long partyId = switch (kind) {
            case COOPERATIVE -> cooperativeId;
            case ENTERPRISE -> enterpriseId;
            case HOUSEHOLDS -> null;
        };
        return new ParticipantData(kind, partyId, householdsName, householdsCount, role, lead, stages, note);
    }
}

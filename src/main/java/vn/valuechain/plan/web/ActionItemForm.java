package vn.valuechain.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.shared.web.RecordForm;

/** The item form; each agency role is a text, one agency per line or as the plan writes the cell. */
@Data
class ActionItemForm extends RecordForm {

    private Long planId;

    @NotNull(message = "{validation.required}")
    private Long sectionId;

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.size.max}")
    private String ordinal;

    @NotBlank(message = "{validation.required}")
    @Size(max = 5000, message = "{validation.size.max}")
    private String content;

    @Size(max = 5000, message = "{validation.size.max}")
    private String inputActivities;

    @Size(max = 5000, message = "{validation.size.max}")
    private String expectedOutputs;

    @Size(max = 500, message = "{validation.size.max}")
    private String timeframeText;

    @Size(max = 3000, message = "{validation.size.max}")
    private String lead;

    @Size(max = 3000, message = "{validation.size.max}")
    private String coordinating;

    @Size(max = 3000, message = "{validation.size.max}")
    private String supporting;

    /** The day staff marked the item done; blank: not done. */
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate doneOn;

    static ActionItemForm of(ItemData data) {
        ActionItemForm form = new ActionItemForm();
        form.editing(data.id(), data.version());
        form.setPlanId(data.planId());
        form.setSectionId(data.sectionId());
        form.setOrdinal(data.ordinal());
        form.setContent(data.content());
        form.setInputActivities(data.inputActivities());
        form.setExpectedOutputs(data.expectedOutputs());
        form.setTimeframeText(data.timeframeText());
        form.setLead(data.lead());
        form.setCoordinating(data.coordinating());
        form.setSupporting(data.supporting());
        form.setDoneOn(data.doneOn());
        return form;
    }

    ItemData toData() {
        return new ItemData(
                getId(),
                getVersion(),
                planId,
                sectionId,
                ordinal,
                content,
                inputActivities,
                expectedOutputs,
                timeframeText,
                lead,
                coordinating,
                supporting,
                doneOn);
    }
}

package vn.valuechain.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.valuechain.plan.PlanService.SectionData;

@Data
class SectionForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 20, message = "{validation.size.max}")
    private String code;

    @NotBlank(message = "{validation.required}")
    @Size(max = 300, message = "{validation.size.max}")
    private String title;

    /** The chain the section is about, by its number in the chain registry; empty for common activities. */
    @Positive(message = "{plan.section.chainId.invalid}")
    private Long chainId;

    SectionData toData() {
        return new SectionData(code, title, chainId);
    }
}

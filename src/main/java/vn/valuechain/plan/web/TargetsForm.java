package vn.valuechain.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.NumberFormat;

/** The item's targets and the suggestions read from its expected outputs, each kept or dropped by a tick. */
@Data
class TargetsForm {

    @Valid
    private List<Line> lines = new ArrayList<>();

    @Data
    static class Line {
        private Long id;
        private boolean keep;
        private boolean suggested;
        private String indicator;

        @NumberFormat(style = NumberFormat.Style.NUMBER)
        @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
        private BigDecimal value;

        private String unit;
        private Integer year;
    }
}

package vn.valuechain.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;

/** The item's targets and the suggestions read from its expected outputs, each kept or dropped by a tick. */
@Data
class TargetsForm {

    private List<Line> lines = new ArrayList<>();

    @Data
    static class Line {
        private Long id;
        private boolean keep;
        private boolean suggested;
        private String indicator;

        private BigDecimal value;

        private String unit;
        private Integer year;
    }
}

package vn.valuechain.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lombok.Data;
import vn.valuechain.plan.FrameworkRows.TargetRow;

/** The item's targets and the suggestions read from its expected outputs, each kept or dropped by a tick. */
@Data
class TargetsForm {

    /** The item's version when the form was read: a save after someone else's is refused and shown. */
    private long version;

    @Valid
    private List<Line> lines = new ArrayList<>();

    @Data
    static class Line {
        private Long id;
        private boolean keep;
        private boolean suggested;
        private String indicator;

        @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
        private BigDecimal value;

        private String unit;
        private Integer year;

        /** A ticked line: a saved target (with its id) or a suggestion (without). */
        static Line kept(Long id, String indicator, BigDecimal value, String unit, Integer year) {
            Line line = new Line();
            line.setId(id);
            line.setKeep(true);
            line.setIndicator(indicator);
            line.setValue(value);
            line.setUnit(unit);
            line.setYear(year);
            return line;
        }

        static Line of(TargetRow t) {
            return kept(t.id(), t.indicator(), t.value(), t.unit(), t.year());
        }
    }

    /**
     * After a refused save: the targets someone else added meanwhile join the lines, ticked, after the saved ones
     * already shown; what the user typed stays as it was.
     */
    void addSavedMeanwhile(List<TargetRow> saved) {
        List<Long> shown =
                lines.stream().map(Line::getId).filter(Objects::nonNull).toList();
        int at = shown.size();
        for (TargetRow t : saved) {
            if (!shown.contains(t.id())) {
                lines.add(at++, Line.of(t));
            }
        }
    }
}

package vn.valuechain.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.valuechain.shared.domain.MeasureUnit;

/** A chain's editable fields, as its form submits them and its page shows them. */
public record ChainData(
        String name,
        Long productId,
        ChainStatus status,
        LocalDate startedOn,
        LocalDate endedOn,
        List<Long> unitIds,
        Set<Stage> requiredStages,
        MeasureUnit scaleUnit,
        BigDecimal plannedScale,
        BigDecimal actualScale,
        MeasureUnit outputUnit,
        BigDecimal plannedOutput,
        LocalDate outputPeriodFrom,
        LocalDate outputPeriodTo,
        Integer householdsPlanned,
        Integer householdsActual,
        Budget budget,
        boolean labelTraceability,
        boolean needsNoPurchasedInputs,
        String description) {

    /** Budget in VND: the total and its categories. */
    public record Budget(
            BigDecimal total,
            BigDecimal inputs,
            BigDecimal infrastructure,
            BigDecimal training,
            BigDecimal certification,
            BigDecimal tradePromotion,
            BigDecimal consultancy) {

        public BigDecimal sumOfCategories() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal part :
                    new BigDecimal[] {inputs, infrastructure, training, certification, tradePromotion, consultancy}) {
                if (part != null) {
                    sum = sum.add(part);
                }
            }
            return sum;
        }
    }
}

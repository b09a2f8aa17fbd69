package vn.valuechain.dashboard;

import java.math.BigDecimal;

/** A chain's scorecard on a date with its score on an earlier one ("completeness dropped since last month"). */
public record ScoreChange(ChainScore now, int metBefore, int applicableBefore) {

    public BigDecimal scoreBefore() {
        return Percent.of(metBefore, applicableBefore);
    }
}

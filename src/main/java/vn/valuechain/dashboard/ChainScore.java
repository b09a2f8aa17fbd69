package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One chain's completeness and coverage on a date: each criterion met (true), not (false) or not applicable. */
public record ChainScore(
        Long id,
        String name,
        String productName,
        Map<Criterion, Boolean> criteria,
        int met,
        int applicable,
        BigDecimal plannedOutput,
        String outputUnit,
        BigDecimal contracted,
        BigDecimal realised,
        String coverageProblem) {

    public boolean complete() {
        return met == applicable;
    }

    public BigDecimal score() {
        return Percent.of(met, applicable);
    }

    /** The criteria not met, in report order, for "Thiếu: …". */
    public List<Criterion> missing() {
        return criteria.entrySet().stream()
                .filter(e -> Boolean.FALSE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Contracted coverage in percent; null with coverageProblem saying why when it cannot be computed. */
    public BigDecimal contractedCoverage() {
        return coverageProblem != null
                ? null
                : Percent.of(contracted == null ? BigDecimal.ZERO : contracted, plannedOutput);
    }

    public BigDecimal realisedCoverage() {
        return coverageProblem != null
                ? null
                : Percent.of(realised == null ? BigDecimal.ZERO : realised, plannedOutput);
    }
}

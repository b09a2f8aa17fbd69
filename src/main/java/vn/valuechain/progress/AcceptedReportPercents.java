package vn.valuechain.progress;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.AcceptedPercents;
import vn.valuechain.progress.ProgressReportRepository.PercentRow;

/** The latest accepted percent per item, for the items' status (see {@link AcceptedPercents}). */
@Component
class AcceptedReportPercents implements AcceptedPercents {

    private final ProgressReportRepository reports;

    AcceptedReportPercents(ProgressReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Map<Long, BigDecimal> latest(Collection<Long> itemIds) {
        Map<Long, PercentRow> latest = new HashMap<>();
        Comparator<PercentRow> byPeriodEnd =
                Comparator.comparing(p -> new ReportPeriod(p.periodType(), p.periodYear(), p.periodNumber()).end());
        for (PercentRow p : reports.findAcceptedPercents(itemIds)) {
            latest.merge(p.itemId(), p, (a, b) -> byPeriodEnd.compare(a, b) >= 0 ? a : b);
        }
        return latest.values().stream().collect(Collectors.toMap(PercentRow::itemId, PercentRow::percent));
    }
}

package vn.valuechain.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's headline figures through time: on the last day of each quarter of a span of years, and on two dates
 * side by side. A past date's figures are the dashboard's on that date, read from the records' dates (contracts in
 * force, certificates valid, deliveries made by then), so the trend is the history the records tell.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrendService {

    /** The longest span asked at once: each quarter is one summary (three statements). */
    public static final int MAX_YEARS = 20;

    private final IndicatorService indicators;

    /**
     * The figures of the chains of scope (its date aside) at the end of each quarter of the years from..to that has
     * begun by today; the running quarter's on today. Empty when the span has not begun.
     */
    public List<QuarterFigures> quarters(IndicatorFilter scope, int from, int to, LocalDate today) {
        if (to < from || to - from >= MAX_YEARS) {
            throw new IllegalArgumentException("span " + from + "-" + to);
        }
        List<QuarterFigures> quarters = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
                if (start.isAfter(today)) {
                    return quarters;
                }
                LocalDate end = start.plusMonths(3).minusDays(1);
                LocalDate on = end.isAfter(today) ? today : end;
                quarters.add(new QuarterFigures(year, quarter, on, indicators.summary(on(scope, on))));
            }
        }
        return quarters;
    }

    /** Each headline figure of the chains of scope on first and on second, with the change from the one to the other. */
    public List<FigureChange> compare(IndicatorFilter scope, LocalDate first, LocalDate second) {
        Summary before = indicators.summary(on(scope, first));
        Summary after = indicators.summary(on(scope, second));
        return Arrays.stream(HeadlineFigure.values())
                .map(h -> FigureChange.of(h, before, after))
                .toList();
    }

    private static IndicatorFilter on(IndicatorFilter scope, LocalDate date) {
        return new IndicatorFilter(date, scope.units(), scope.productId(), scope.planId());
    }

    /** The figures on the last day of quarter (1-4) of year, or on today for the running quarter. */
    public record QuarterFigures(int year, int quarter, LocalDate on, Summary figures) {

        public BigDecimal value(HeadlineFigure h) {
            return h.value(figures);
        }
    }
}

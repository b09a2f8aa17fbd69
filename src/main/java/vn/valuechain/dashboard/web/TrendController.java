package vn.valuechain.dashboard.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.dashboard.HeadlineFigure;
import vn.valuechain.dashboard.TrendService;
import vn.valuechain.dashboard.TrendService.QuarterFigures;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The headline figures per quarter over a span of years ({@code from}, {@code to}; the last nine years by default),
 * as a line chart and a table, and on two dates side by side ({@code since}, {@code date}; the end of last year and
 * today by default), for the dashboard's unit, product and plan. A span the page cannot show is said at the field and
 * the default one shown.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TrendController {

    private static final int DEFAULT_YEARS = 9;

    private final TrendService trends;
    private final DashboardFilters filters;

    @GetMapping("/dashboard/trends")
    String trends(
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate since,
            DashboardQuery query,
            @AuthenticationPrincipal UnitScopedUser user,
            Model model) {
        DashboardFilters.Resolved f = query.resolve(filters, user);
        LocalDate date = f.date();
        int last = to == null ? date.getYear() : to;
        int first = from == null ? last - DEFAULT_YEARS + 1 : from;
        if (last < first || last - first >= TrendService.MAX_YEARS) {
            model.addAttribute("spanError", true);
            last = date.getYear();
            first = last - DEFAULT_YEARS + 1;
        }
        LocalDate earlier = since != null ? since : LocalDate.of(date.getYear() - 1, 12, 31);
        model.addAttribute("f", f);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("since", earlier);
        model.addAttribute("headlines", HeadlineFigure.values());
        List<QuarterFigures> quarters = trends.quarters(f.filter(), first, last, date);
        model.addAttribute("quarters", quarters);
        model.addAttribute("counts", headlines(false));
        model.addAttribute("countSeries", series(quarters, headlines(false)));
        model.addAttribute("percents", headlines(true));
        model.addAttribute("percentSeries", series(quarters, headlines(true)));
        model.addAttribute("changes", trends.compare(f.filter(), earlier, date));
        return "dashboard/trends";
    }

    /** The chart draws counts on one axis and percentages on another. */
    private static List<HeadlineFigure> headlines(boolean percent) {
        return Arrays.stream(HeadlineFigure.values())
                .filter(h -> h.percent() == percent)
                .toList();
    }

    /** Per headline, its value in each quarter (null where undefined: a gap in the line). */
    private static List<List<BigDecimal>> series(List<QuarterFigures> quarters, List<HeadlineFigure> headlines) {
        return headlines.stream()
                .map(h -> quarters.stream().map(q -> q.value(h)).toList())
                .toList();
    }
}

package vn.valuechain.dashboard.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The filters every dashboard page and export takes from its URL: {@code ?date=dd/MM/yyyy&unit=&product=&plan=}, all
 * optional (today, the user's reach, every product and plan).
 */
record DashboardQuery(
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate date, Long unit, Long product, Long plan) {

    DashboardFilters.Resolved resolve(DashboardFilters filters, UnitScopedUser user) {
        return filters.resolve(date, unit, product, plan, user);
    }
}

package vn.valuechain.enterprise.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.enterprise.EnterpriseFilter;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/**
 * The enterprises list as on screen (its columns, filters and sort, every page) for XLSX or CSV. Roles are joined
 * by "; " because a role's own name may hold a comma ("Thu mua, tiêu thụ").
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EnterpriseExport {

    private final EnterpriseService enterprises;
    private final Exports exports;

    TableExport of(EnterpriseFilter filter, Sort sort, UnitScopedUser user) {
        return exports.table("doanh-nghiep", "enterprise.list.title")
                .search(filter.getQ())
                .filter(
                        "enterprise.location",
                        filter.getInProvince() == null
                                ? null
                                : exports.label(
                                        filter.getInProvince()
                                                ? "enterprise.inProvince.yes"
                                                : "enterprise.inProvince.no"))
                .filter("enterprise.role", filter.getRole())
                .filter("enterprise.status", filter.getStatus())
                .filter("filter.unit", filter.getUnitLabel())
                .text(
                        "enterprise.name",
                        "enterprise.taxCode",
                        "enterprise.roles",
                        "enterprise.location",
                        "enterprise.administrativeUnit",
                        "enterprise.status",
                        "illustrative.badge")
                .rows(PagedRows.of(
                        pageable -> enterprises.list(filter, pageable, user),
                        sort,
                        e -> Arrays.asList(
                                e.name(),
                                e.taxCode(),
                                e.roles().stream().sorted().map(exports::label).collect(Collectors.joining("; ")),
                                exports.label(
                                        e.inProvince() ? "enterprise.inProvince.yes" : "enterprise.inProvince.no"),
                                GeoService.label(e.unitName(), e.parentUnitName()),
                                exports.label(e.status()),
                                e.illustrative() ? exports.yesNo(true) : null)));
    }
}

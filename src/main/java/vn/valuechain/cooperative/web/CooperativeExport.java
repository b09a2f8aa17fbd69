package vn.valuechain.cooperative.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.cooperative.CooperativeFilter;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.geo.GeoService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The cooperatives list as on screen (its columns, filters and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CooperativeExport {

    private final CooperativeService cooperatives;
    private final ProductService products;
    private final Exports exports;

    TableExport of(CooperativeFilter filter, Sort sort, UnitScopedUser user) {
        return exports.table("hop-tac-xa", "cooperative.list.title")
                .search(filter.getQ())
                .filter("cooperative.type", filter.getType())
                .filter("cooperative.status", filter.getStatus())
                .filter("cooperative.product", products.name(filter.getProductId()))
                .filter("filter.unit", filter.getUnitLabel())
                .text(
                        "cooperative.name",
                        "cooperative.type",
                        "cooperative.registrationCode",
                        "cooperative.administrativeUnit",
                        "cooperative.product")
                .column("cooperative.members", ColumnType.INTEGER)
                .text("cooperative.status", "cooperative.targetPeriod", "illustrative.badge")
                .rows(PagedRows.of(
                        pageable -> cooperatives.list(filter, pageable, user),
                        sort,
                        c -> Arrays.asList(
                                c.name(),
                                exports.label(c.type()),
                                c.registrationCode(),
                                GeoService.label(c.unitName(), c.parentUnitName()),
                                c.productName(),
                                c.members(),
                                exports.label(c.status()),
                                c.targetPeriod(),
                                c.illustrative() ? exports.yesNo(true) : null)));
    }
}

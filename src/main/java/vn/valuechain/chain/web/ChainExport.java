package vn.valuechain.chain.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.chain.ChainFilter;
import vn.valuechain.chain.ChainService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/**
 * The chains list as on screen (its columns, filters and sort, every page) for XLSX or CSV. The screen's "actual /
 * planned unit" cells become a number per column and the unit, so that they can be summed and read back.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChainExport {

    private final ChainService chains;
    private final ProductService products;
    private final Exports exports;

    TableExport of(ChainFilter filter, Sort sort, UnitScopedUser user) {
        return exports.table("chuoi-gia-tri", "chain.list.title")
                .search(filter.getQ())
                .filter("chain.product", products.name(filter.getProductId()))
                .filter("chain.status", filter.getStatus())
                .filter("filter.unit", filter.getUnitLabel())
                .text("chain.name", "chain.product", "chain.units", "chain.lead")
                .column("chain.participants", ColumnType.INTEGER)
                .column("chain.actualScale", ColumnType.DECIMAL)
                .column("chain.plannedScale", ColumnType.DECIMAL)
                .text("chain.scaleUnit")
                .column("chain.householdsActual", ColumnType.INTEGER)
                .column("chain.householdsPlanned", ColumnType.INTEGER)
                .text("chain.status", "illustrative.badge")
                .rows(PagedRows.of(
                        pageable -> chains.list(filter, pageable, user),
                        sort,
                        c -> Arrays.asList(
                                c.name(),
                                c.productName(),
                                c.unitNames(),
                                c.leadName(),
                                c.participants(),
                                c.actualScale(),
                                c.plannedScale(),
                                c.scaleUnit() == null ? null : exports.label(c.scaleUnit()),
                                c.householdsActual(),
                                c.householdsPlanned(),
                                exports.label(c.status()),
                                c.illustrative() ? exports.yesNo(true) : null)));
    }
}

package vn.valuechain.contract.web;

import java.time.LocalDate;
import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;

/**
 * The contracts list as on screen (its columns, filters and sort, every page) for XLSX or CSV, its state and
 * fulfilment as of today. The screen's period and volume cells become dates and a number with its unit, typed, so
 * that they can be sorted, summed and read back.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractExport {

    private final ContractService contracts;
    private final ProductService products;
    private final Exports exports;

    TableExport of(ContractFilter filter, Sort sort, UnitScopedUser user) {
        LocalDate today = contracts.today();
        return exports.table("hop-dong-lien-ket", "contract.list.title")
                .search(filter.getQ())
                .filter("linkageContract.type", filter.getType())
                .filter("linkageContract.status", filter.getStatus())
                .filter("linkageContract.product", products.name(filter.getProductId()))
                .filter("contract.filter.inForceOn", filter.inForceDate() == null ? null : filter.getInForceOn())
                .filter(
                        "linkageContract.endOn",
                        filter.expiringDays() == null
                                ? null
                                : exports.label("contract.filter.expiring", filter.expiringDays()))
                .filter("linkageContract.chain", filter.getChainLabel())
                .filter("filter.unit", filter.getUnitLabel())
                .referenceDate(today)
                .text(
                        "linkageContract.number",
                        "linkageContract.type",
                        "linkageContract.seller",
                        "linkageContract.buyer",
                        "linkageContract.chain")
                .column("linkageContract.startOn", ColumnType.DATE)
                .column("linkageContract.endOn", ColumnType.DATE)
                .text("contract.column.stateToday")
                .column("linkageContract.volume", ColumnType.DECIMAL)
                .text("linkageContract.volumeUnit")
                .column("contract.column.delivered", ColumnType.DECIMAL)
                .column("contract.column.fulfilment", ColumnType.PERCENT)
                .text("illustrative.badge")
                .rows(out -> {
                    out.total(contracts.list(filter, PageRequest.of(0, 1), user).getTotalElements());
                    contracts.forEachRow(
                            filter,
                            sort,
                            user,
                            c -> out.row(Arrays.asList(
                                    c.number(),
                                    exports.label(c.type()),
                                    c.seller().name(),
                                    c.buyer().name(),
                                    c.chainName(),
                                    c.startOn(),
                                    c.endOn(),
                                    exports.label(c.state(today)),
                                    c.volume(),
                                    c.volumeUnit() == null ? null : exports.label(c.volumeUnit()),
                                    c.delivered(),
                                    c.fulfilment().defined() ? c.fulfilment().percent() : null,
                                    c.illustrative() ? exports.yesNo(true) : null)));
                });
    }
}

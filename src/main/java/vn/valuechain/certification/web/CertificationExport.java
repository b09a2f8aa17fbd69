package vn.valuechain.certification.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationRow;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The certifications list as on screen (its columns, filters and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CertificationExport {

    private final CertificationService certifications;
    private final ProductService products;
    private final Exports exports;

    TableExport of(CertificationFilter filter, Sort sort, UnitScopedUser user) {
        return exports.table("chung-nhan", "certification.list.title")
                .search(filter.getQ())
                .filter("certification.type", filter.getType())
                .filter("certification.product", products.name(filter.getProductId()))
                .filter("certification.status", filter.getStatus())
                .filter("certification.filter.unit", filter.getUnitLabel())
                .filter("certification.filter.validOn", filter.validOnDate() == null ? null : filter.getValidOn())
                .filter(
                        "certification.validity",
                        filter.expiringDays() == null
                                ? null
                                : exports.label("certification.filter.expiring", filter.expiringDays()))
                .text("certification.type", "certification.holder", "certification.product", "certification.number")
                .column("certification.validFrom", ColumnType.DATE)
                .column("certification.validTo", ColumnType.DATE)
                .text("certification.validity", "illustrative.badge")
                .rows(PagedRows.of(
                        pageable -> certifications.list(filter, pageable, user),
                        sort,
                        c -> Arrays.asList(
                                type(c),
                                c.holderUnitName() == null
                                        ? c.holderName()
                                        : c.holderName() + " · " + c.holderUnitName(),
                                c.productName(),
                                c.number(),
                                c.validFrom(),
                                c.validTo(),
                                exports.label(c.validity()),
                                c.illustrative() ? exports.yesNo(true) : null)));
    }

    /** "OCOP 4 sao" as the list writes it. */
    private String type(CertificationRow c) {
        String type = exports.label(c.type());
        return c.ocopStars() == null ? type : type + " " + exports.label("certification.stars", c.ocopStars());
    }
}

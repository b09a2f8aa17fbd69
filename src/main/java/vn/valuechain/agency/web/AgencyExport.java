package vn.valuechain.agency.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.agency.AgencyService;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The agencies list as on screen (its search, columns and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgencyExport {

    private final AgencyService agencies;
    private final Exports exports;

    TableExport of(String q, Sort sort) {
        return exports.table("co-quan", "agency.list.title")
                .search(q)
                .text("agency.name", "agency.shortName", "agency.kind", "agency.unit", "agency.province")
                .column("agency.validFrom", ColumnType.DATE)
                .column("agency.validTo", ColumnType.DATE)
                .text("agency.successor")
                .column("agency.aliases", ColumnType.INTEGER)
                .rows(PagedRows.of(
                        pageable -> agencies.list(q, pageable),
                        sort,
                        a -> Arrays.asList(
                                a.name(),
                                a.shortName(),
                                exports.label("agency.kind." + a.kind().name()),
                                a.unitName(),
                                a.provinceName(),
                                a.validFrom(),
                                a.validTo(),
                                a.successorName(),
                                a.aliasCount())));
    }
}

package vn.valuechain.geo.web;

import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.geo.UnitRow;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/**
 * One level of the units tree as on screen (the provinces, or the units under one) for XLSX or CSV. The validity
 * column "from – to" is written as two real dates, so that a spreadsheet can sort and filter on them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnitExport {

    private final Exports exports;

    /** {@code parent} is the unit whose children these are; null for the provinces. */
    TableExport of(UnitRow parent, List<UnitRow> units) {
        return exports.table("don-vi-hanh-chinh", "unit.list.title")
                .unit(parent == null ? null : parent.name())
                .text("unit.code", "unit.name", "unit.level")
                .column("unit.validFrom", ColumnType.DATE)
                .column("unit.validTo", ColumnType.DATE)
                .text("unit.successor")
                .rows(PagedRows.of(
                        units,
                        u -> Arrays.asList(
                                u.code(),
                                u.name(),
                                exports.label("unit.level." + u.level().name()),
                                u.validFrom(),
                                u.validTo(),
                                u.successorName())));
    }
}

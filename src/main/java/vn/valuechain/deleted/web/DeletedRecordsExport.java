package vn.valuechain.deleted.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.deleted.DeletedRecordType;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The deleted records of one type, as the tab on screen lists them (newest first), for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeletedRecordsExport {

    private final HistoryService history;
    private final Exports exports;

    TableExport of(DeletedRecordType type) {
        return exports.table("ban-ghi-da-xoa", "deleted.title")
                .filter("export.deleted.type", exports.label("deleted.type." + type.name()))
                .text("deleted.name", "deleted.by")
                .column("deleted.at", ColumnType.DATE_TIME)
                .rows(PagedRows.of(
                        history.deleted(type.entity()),
                        r -> Arrays.asList(r.name(), r.username(), exports.moment(r.at()))));
    }
}

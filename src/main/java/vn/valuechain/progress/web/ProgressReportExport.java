package vn.valuechain.progress.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.FrameworkRows.ItemRow;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ReportStatus;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The progress reports list as on screen (its status tab, item and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProgressReportExport {

    private final ProgressReportService reports;
    private final Exports exports;

    /** {@code status} null means every status (the "Tất cả" tab). */
    TableExport of(ReportStatus status, Long itemId, Sort sort, UnitScopedUser user) {
        return exports.table("bao-cao-tien-do", "report.list.title")
                .filter("report.status", status == null ? null : exports.label("report.filter." + status.name()))
                .filter("report.item", itemId == null ? null : heading(reports.itemRow(itemId)))
                .text("report.item", "report.unit", "report.period", "report.status")
                .column("report.percentComplete", ColumnType.PERCENT)
                .column("report.submittedAt", ColumnType.DATE_TIME)
                .rows(PagedRows.of(
                        pageable -> reports.list(status, itemId, user, pageable),
                        sort,
                        r -> Arrays.asList(
                                exports.label("item.heading", r.sectionCode(), r.ordinal()) + ": " + r.content(),
                                r.unitName(),
                                exports.label(r.period().labelKey(), r.period().labelArgs()),
                                exports.label("report.status." + r.status().name()),
                                r.percentComplete(),
                                exports.moment(r.submittedAt()))));
    }

    private String heading(ItemRow item) {
        return exports.label("item.heading", item.sectionCode(), item.ordinal());
    }
}

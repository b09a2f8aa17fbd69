package vn.valuechain.notification.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.notification.NotificationService;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The signed-in user's notifications as listed on screen (newest first, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NotificationExport {

    private final NotificationService notifications;
    private final Exports exports;

    TableExport of(long userId, Sort sort) {
        return exports.table("thong-bao", "notification.list.title")
                .text("export.notification.message")
                .column("export.notification.createdAt", ColumnType.DATE_TIME)
                .text("export.notification.read")
                .rows(PagedRows.of(
                        pageable -> notifications.list(userId, pageable),
                        sort,
                        n -> Arrays.asList(
                                exports.label(n.messageKey(), n.args()),
                                exports.moment(n.createdAt()),
                                exports.yesNo(n.read()))));
    }
}

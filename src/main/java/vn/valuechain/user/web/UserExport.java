package vn.valuechain.user.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;
import vn.valuechain.user.UserRow;
import vn.valuechain.user.UserService;

/** The users list as on screen (its columns and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserExport {

    private final UserService users;
    private final Exports exports;

    TableExport of(Sort sort) {
        return exports.table("nguoi-dung", "user.list.title")
                .text("user.username", "user.displayName", "user.role", "user.unit", "user.status")
                .rows(PagedRows.of(
                        users::list,
                        sort,
                        u -> Arrays.asList(
                                u.username(),
                                u.displayName(),
                                exports.label("role." + u.role().name()),
                                u.unitName(),
                                status(u))));
    }

    /** The badges of the status column: enabled or locked, and a password to change. */
    private String status(UserRow u) {
        String status = exports.label(u.enabled() ? "user.enabled" : "user.disabled");
        return u.mustChangePassword() ? status + ", " + exports.label("user.mustChange") : status;
    }
}

package vn.valuechain.notification.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.valuechain.notification.NotificationService;
import vn.valuechain.shared.db.DatabaseUnavailable;
import vn.valuechain.user.AppUserPrincipal;

/** The count of unread notifications that the layout shows as a badge on every page. */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadBadge {

    private final NotificationService notifications;

    @ModelAttribute("unreadNotifications")
    Long unread(@AuthenticationPrincipal AppUserPrincipal user) {
        if (user == null) {
            return null;
        }
        try {
            return notifications.unreadCount(user.getId());
        } catch (DataAccessException | TransactionException e) {
            // Also computed for the error page: that page must show when the database is down.
            if (DatabaseUnavailable.isCause(e)) {
                return null;
            }
            throw e;
        }
    }
}

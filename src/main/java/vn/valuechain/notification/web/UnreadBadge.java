package vn.valuechain.notification.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;
import vn.valuechain.notification.NotificationService;
import vn.valuechain.shared.db.DatabaseUnavailable;
import vn.valuechain.user.AppUserPrincipal;

/**
 * The count of unread notifications that the layout shows as a badge on every page. Counted when a page's layout
 * reads it, not for the requests that render no layout (panels, redirects after a form, exports, the API).
 */
@ControllerAdvice
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadBadge {

    private final NotificationService notifications;

    @ModelAttribute("unreadNotifications")
    LazyContextVariable<Long> unread(@AuthenticationPrincipal AppUserPrincipal user) {
        return new LazyContextVariable<>() {
            @Override
            protected Long loadValue() {
                return user == null ? null : count(user.getId());
            }
        };
    }

    private Long count(long userId) {
        try {
            return notifications.unreadCount(userId);
        } catch (DataAccessException | TransactionException e) {
            // Also computed for the error page: that page must show when the database is down.
            if (DatabaseUnavailable.isCause(e)) {
                return null;
            }
            throw e;
        }
    }
}

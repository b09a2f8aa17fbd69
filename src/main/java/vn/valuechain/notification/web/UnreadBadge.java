package vn.valuechain.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.valuechain.notification.NotificationService;
import vn.valuechain.user.AppUserPrincipal;

/** The count of unread notifications that the layout shows as a badge on every page. */
@ControllerAdvice
class UnreadBadge {

    private final NotificationService notifications;

    UnreadBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread(@AuthenticationPrincipal AppUserPrincipal user) {
        return user == null ? null : notifications.unreadCount(user.getId());
    }
}

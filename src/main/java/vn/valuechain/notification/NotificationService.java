package vn.valuechain.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.progress.ProgressReportEvent;
import vn.valuechain.shared.web.NotFoundException;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * In-app notifications: a submitted report tells the office (every STAFF user), a returned or accepted one tells
 * whoever submitted it. They are written in the transaction of the step itself, and rendered in the reader's
 * language when read.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationService {

    /** Separates the stored message arguments; it cannot occur in a unit name or an item number. */
    static final String SEPARATOR = "\u001F";

    private final NotificationRepository notifications;
    private final UserService users;

    @EventListener
    @Transactional
    public void on(ProgressReportEvent event) {
        List<Long> recipients = event.kind() == ProgressReportEvent.Kind.SUBMITTED
                ? users.enabledIdsWithRole(Role.STAFF)
                : users.idOf(event.author()).stream().toList();
        String key =
                "notification.report." + event.kind() + "." + event.period().type();
        String args = String.join(
                SEPARATOR,
                event.unitName(),
                event.itemLabel(),
                String.valueOf(event.period().number()),
                String.valueOf(event.period().year()));
        String link = "/progress-reports/" + event.reportId();
        recipients.forEach(id -> notifications.save(new Notification(id, key, args, link)));
    }

    public long unreadCount(long userId) {
        return notifications.countByRecipientIdAndReadAtIsNull(userId);
    }

    public Page<NotificationView> list(long userId, Pageable pageable) {
        return notifications.findByRecipientId(userId, pageable).map(NotificationView::of);
    }

    /** Marks the user's notification read and gives where it points; someone else's is not found. */
    @Transactional
    public String open(long id, long userId) {
        Notification n = notifications
                .findByIdAndRecipientId(id, userId)
                .orElseThrow(() -> new NotFoundException("Notification", id));
        if (n.getReadAt() == null) {
            n.setReadAt(Instant.now());
        }
        return n.getLink();
    }

    @Transactional
    public void markAllRead(long userId) {
        notifications.markAllRead(userId, Instant.now());
    }

    /** A notification as the list shows it; the arguments are text, the message formats them as it needs. */
    public record NotificationView(Long id, String messageKey, Object[] args, Instant createdAt, boolean read) {

        static NotificationView of(Notification n) {
            Object[] args = n.getMessageArgs() == null
                    ? new Object[0]
                    : Arrays.stream(n.getMessageArgs().split(SEPARATOR, -1))
                            .map(a -> a.matches("\\d{1,9}") ? (Object) Integer.valueOf(a) : a)
                            .toArray();
            return new NotificationView(n.getId(), n.getMessageKey(), args, n.getCreatedAt(), n.isRead());
        }
    }
}

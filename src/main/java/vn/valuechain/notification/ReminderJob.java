package vn.valuechain.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.user.ReminderRecipient;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * Sends each person at most one reminder e-mail a day, when an SMTP server is configured (spring.mail.host). Every
 * application server runs the job; a person's day is claimed by one insert into reminder_digest (its primary key
 * refuses a second), so the digest goes out once whichever servers run. A digest that could not be sent gives its
 * claim back and is tried again at the next run of the day.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ObjectProvider<JavaMailSender> mail;
    private final UserService users;
    private final ReminderDigests digests;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;
    private final OfficeTime officeTime;

    ReminderJob(
            ObjectProvider<JavaMailSender> mail,
            UserService users,
            ReminderDigests digests,
            JdbcClient jdbc,
            MessageSource messages,
            @Value("${app.reminders.from}") String from,
            @Value("${app.base-url}") String baseUrl,
            OfficeTime officeTime) {
        this.officeTime = officeTime;
        this.mail = mail;
        this.users = users;
        this.digests = digests;
        this.jdbc = jdbc;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${app.reminders.cron}", zone = "${app.office-zone}")
    void scheduled() {
        send(officeTime.today());
    }

    /** Sends the day's digests not sent yet (by this server or another); returns how many went out. */
    public int send(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (ReminderRecipient recipient : users.reminderRecipients(List.of(Role.STAFF, Role.DISTRICT))) {
            Claim claim = claim(recipient.id(), today);
            if (claim == null) {
                continue;
            }
            Digest digest = digests.of(recipient, claim.since(), claim.sinceDay(), today);
            if (digest.isEmpty()) {
                continue;
            }
            try {
                sender.send(message(sender, recipient, digest, today));
                jdbc.sql("update reminder_digest set sent_at = now(), items = :items where user_id = :u and day = :d")
                        .param("items", digest.size())
                        .param("u", recipient.id())
                        .param("d", today)
                        .update();
                sent++;
            } catch (MailException | MessagingException e) {
                log.warn("Reminder e-mail to user {} not sent, tried again later: {}", recipient.id(), e.getMessage());
                jdbc.sql("delete from reminder_digest where user_id = :u and day = :d")
                        .param("u", recipient.id())
                        .param("d", today)
                        .update();
            }
        }
        return sent;
    }

    private record Claim(Instant since, LocalDate sinceDay) {}

    /**
     * The person's day, if no server has claimed it yet, with when their previous digest was (a day ago for the
     * first): null when it is taken.
     */
    private Claim claim(long userId, LocalDate today) {
        Claim previous = jdbc.sql("""
                        select claimed_at, day from reminder_digest where user_id = :u and day < :d
                        order by day desc limit 1
                        """)
                .param("u", userId)
                .param("d", today)
                .query((rs, i) -> new Claim(
                        rs.getObject("claimed_at", java.time.OffsetDateTime.class)
                                .toInstant(),
                        rs.getObject("day", LocalDate.class)))
                .optional()
                .orElse(new Claim(Instant.now().minusSeconds(24 * 3600), today.minusDays(1)));
        int claimed = jdbc.sql("""
                        insert into reminder_digest (user_id, day, claimed_at) values (:u, :d, clock_timestamp())
                        on conflict do nothing""").param("u", userId).param("d", today).update();
        return claimed == 1 ? previous : null;
    }

    private MimeMessage message(JavaMailSender sender, ReminderRecipient to, Digest digest, LocalDate today)
            throws MessagingException {
        StringBuilder body = new StringBuilder(text("reminder.greeting", to.displayName())).append("\n");
        for (Digest.Section section : digest.sections()) {
            body.append("\n").append(section.heading()).append("\n");
            for (Digest.Line line : section.lines()) {
                body.append("- ")
                        .append(line.text())
                        .append("\n  ")
                        .append(baseUrl)
                        .append(line.path())
                        .append("\n");
            }
        }
        body.append("\n")
                .append(text("reminder.home", baseUrl + "/"))
                .append("\n")
                .append(text("reminder.optOut", baseUrl + "/account"))
                .append("\n\n")
                .append(text("reminder.signature"))
                .append("\n");
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to.email());
        helper.setSubject(text("reminder.subject", DMY.format(today), digest.size()));
        helper.setText(body.toString(), false);
        return message;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}

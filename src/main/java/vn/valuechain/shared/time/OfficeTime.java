package vn.valuechain.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The office's time zone ({@code app.office-zone}: Asia/Ho_Chi_Minh unless APP_OFFICE_ZONE says otherwise), the one
 * place the code reads it. Every moment shown or exported (history, deleted records, "Xuất lúc", notifications,
 * reports) and every "today" is read in it, whatever zone the server runs in. In a template:
 * {@code ${@officeTime.format(instant)}}.
 */
@Component("officeTime")
public class OfficeTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    OfficeTime(@Value("${app.office-zone}") ZoneId zone) {
        this.clock = Clock.system(zone);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The office's clock: also the one Bean Validation judges past and future dates by ({@link ValidationClock}). */
    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A stored moment as the office's clock showed it; null for none. */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    /** "dd/MM/yyyy HH:mm" in the office's zone; empty for none. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(local(instant));
    }
}

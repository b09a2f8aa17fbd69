package vn.valuechain.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.time.OfficeTime;

/**
 * Quantities and moments in the reader's language ({@code @planFormat.number(x)}): "1.234,5" in Vietnamese, "1,234.5"
 * in English; a moment as the office in Vietnam reads it, "06/12/2026 14:30" or "6 Dec 2026 14:30" (format.dateTime).
 */
@Component("planFormat")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanFormat {

    private final MessageSource messages;
    private final OfficeTime officeTime;

    /** A moment as the office reads it, in its time zone, in the reader's format. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale), locale)
                .format(officeTime.local(instant));
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}

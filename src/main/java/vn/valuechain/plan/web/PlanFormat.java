package vn.valuechain.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.time.OfficeTime;

/** Quantities and moments in the reader's language ({@code @planFormat.number(x)}): "1.234,5" in Vietnamese, "1,234.5" in English. */
@Component("planFormat")
class PlanFormat {

    private final OfficeTime officeTime;

    PlanFormat(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    /** A moment as the office reads it, in its time zone. */
    public String dateTime(Instant instant) {
        return officeTime.format(instant);
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

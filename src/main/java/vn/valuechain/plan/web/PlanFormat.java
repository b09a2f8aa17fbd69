package vn.valuechain.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Quantities in the reader's language ({@code @planFormat.number(x)}): "1.234,5" in Vietnamese, "1,234.5" in English. */
@Component("planFormat")
class PlanFormat {

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}

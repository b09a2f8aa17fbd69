package vn.valuechain.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Quantities as people here write them: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English, with at most
 * three decimals and no trailing zeros (a volume stored as 1000.000 reads 1.000). In a template:
 * {@code ${@decimals.format(value)}}; empty for no value.
 */
@Component("decimals")
public class Decimals {

    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}

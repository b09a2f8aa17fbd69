package vn.valuechain.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Quantities as people here write them: {@code 1.234,5} in Vietnamese, {@code 1,234.5} in English, with at most
 * three decimals and no trailing zeros (a volume stored as 1000.000 reads 1.000). In a template:
 * {@code ${@decimals.format(value)}}; empty for no value. Percentages with one decimal ("62,5 %", "62.5%"), and
 * quantities with their unit in the reader's words ("200 tấn", "200 tonnes", "1 tonne").
 */
@Component("decimals")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Decimals {

    private final MessageSource messages;

    public String format(Number value) {
        return format(value, 0, 3);
    }

    /** With exactly one decimal, as shares are shown ("62,5"). */
    public String oneDecimal(Number value) {
        return format(value, 1, 1);
    }

    /** A share in percent, one decimal and the sign as the reader writes it. */
    public String percent(Number value) {
        return value == null ? "" : messages.getMessage("format.percent", new Object[] {oneDecimal(value)}, locale());
    }

    /** A quantity and its unit of measure (a {@code MeasureUnit} or its code); the number alone without one. */
    public String quantity(Number value, Object unit) {
        if (value == null) {
            return "";
        }
        if (unit == null) {
            return format(value);
        }
        BigDecimal amount = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return messages.getMessage("quantity." + unit, new Object[] {format(value), amount}, locale());
    }

    private static String format(Number value, int minDecimals, int maxDecimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

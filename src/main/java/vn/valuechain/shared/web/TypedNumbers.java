package vn.valuechain.shared.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.web.bind.WebDataBinder;
import vn.valuechain.shared.table.CellParsers;
import vn.valuechain.shared.table.CellValue;

/**
 * Every number typed into a form, read by the imports' parser ({@link CellParsers}): "12,5" is twelve and a half
 * and "1.234,5" one thousand two hundred thirty-four and a half, in either language; a value that could be read two
 * ways ("1.234" alone) or not at all ("12,5,3", letters) is refused at the field (message {@code typeMismatch.*}),
 * never changed. Whole numbers ({@code Integer}, {@code Long}) read "1.234" as 1234, as nothing else makes sense.
 *
 * <p>A form shows a stored number with the reader's decimal mark and no grouping ("1234,5" in Vietnamese,
 * "1234.5" in English), so that saving the form again reads back the same number: "1.234" would be refused.
 *
 * <p>Registered twice, both with the same formatters: in the conversion service (request parameters, {@code ${{…}}}),
 * and as every binder's editors ({@link #register(WebDataBinder)}), because a binder whose conversion fails falls
 * back to Spring's default number editor, which would read "1.234" as 1.234.
 */
public final class TypedNumbers {

    private static final Formatter<BigDecimal> DECIMAL = new Decimal();
    private static final Formatter<Long> LONG = new Whole<>(Long::longValue);
    private static final Formatter<Integer> INTEGER = new Whole<>(Math::toIntExact);

    private TypedNumbers() {}

    public static void register(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, DECIMAL);
        registry.addFormatterForFieldType(Long.class, LONG);
        registry.addFormatterForFieldType(Integer.class, INTEGER);
    }

    public static void register(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(DECIMAL));
        binder.registerCustomEditor(Long.class, new FormatterPropertyEditorAdapter(LONG));
        binder.registerCustomEditor(Integer.class, new FormatterPropertyEditorAdapter(INTEGER));
    }

    static final class Decimal implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) throws ParseException {
            CellParsers.Parsed<BigDecimal> parsed = CellParsers.decimal(CellValue.text(text));
            if (parsed.isError()) {
                throw new ParseException(text, 0);
            }
            return parsed.value();
        }

        @Override
        public String print(BigDecimal value, Locale locale) {
            DecimalFormat format = new DecimalFormat("0", DecimalFormatSymbols.getInstance(locale));
            format.setGroupingUsed(false);
            format.setMaximumFractionDigits(
                    Math.max(0, value.stripTrailingZeros().scale()));
            return format.format(value);
        }
    }

    static final class Whole<T extends Number> implements Formatter<T> {

        private final java.util.function.Function<Long, T> narrow;

        Whole(java.util.function.Function<Long, T> narrow) {
            this.narrow = narrow;
        }

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            CellParsers.Parsed<Long> parsed = CellParsers.integer(CellValue.text(text));
            if (parsed.isError()) {
                throw new ParseException(text, 0);
            }
            try {
                return parsed.value() == null ? null : narrow.apply(parsed.value());
            } catch (ArithmeticException e) {
                throw new ParseException(text, 0);
            }
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }
}

package vn.valuechain.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import vn.valuechain.support.IntegrationTest;

/**
 * Every number field of every form ({@code *.web.*Form}, nested lines included) reads numbers as people here type
 * them, through the application's own conversion service: "12,5" is 12.5, "1.234,5" is 1234.5, and a value that
 * reads two ways or not at all is refused at the field with a Vietnamese message.
 */
class TypedNumbersTest extends IntegrationTest {

    @Autowired
    @Qualifier("mvcConversionService")
    ConversionService conversions;

    @Autowired
    MessageSource messages;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    record Field(Class<?> form, String path, Class<?> type) {}

    @Test
    void everyDecimalFieldReadsTheVietnameseWay() throws Exception {
        List<Field> decimals =
                fields().stream().filter(f -> f.type() == BigDecimal.class).toList();
        // The forms of the issue: registry, contracts, deliveries, certificates, targets, reports, chain budgets.
        assertThat(decimals)
                .extracting(f -> f.form().getSimpleName() + "." + f.path())
                .contains(
                        "ChainForm.plannedOutput",
                        "ChainForm.budgetTotal",
                        "CooperativeForm.minScaleValue",
                        "ContractForm.volume",
                        "DeliveryForm.volume",
                        "CertificationForm.areaHa",
                        "TargetsForm.lines[0].value",
                        "ProgressReportForm.percentComplete",
                        "ProgressReportForm.values[0].actual");
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            for (Field f : decimals) {
                for (var typed : Map.of(
                                "12,5", "12.5",
                                "1.234,5", "1234.5",
                                "1 234,5", "1234.5",
                                "0,25", "0.25",
                                "1234", "1234",
                                "12.5", "12.5")
                        .entrySet()) {
                    BindingResult result = bind(f, typed.getKey());
                    assertThat(result.hasFieldErrors(f.path()))
                            .as(f + " " + typed.getKey())
                            .isFalse();
                    assertThat((BigDecimal) new BeanWrapperImpl(result.getTarget()).getPropertyValue(f.path()))
                            .as(f + " " + typed.getKey())
                            .isEqualByComparingTo(typed.getValue());
                }
            }
        }
    }

    @Test
    void aNumberThatReadsTwoWaysOrNotAtAllIsRefusedAtTheFieldUnchanged() throws Exception {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        for (Field f : fields()) {
            List<String> refused = f.type() == BigDecimal.class
                    ? List.of("1.234", "12,5,3", "12 tấn", "abc", "1,234")
                    : List.of("12,5", "12,5,3", "abc", "3.5");
            for (String typed : refused) {
                BindingResult result = bind(f, typed);
                assertThat(result.getFieldError(f.path())).as(f + " " + typed).isNotNull();
                assertThat(result.getFieldError(f.path()).getCode()).isEqualTo("typeMismatch");
                // The form shows what was typed, not a changed value.
                assertThat(result.getFieldValue(f.path())).isEqualTo(typed);
                String message = messages.getMessage(result.getFieldError(f.path()), Locale.forLanguageTag("vi"));
                assertThat(message)
                        .as(f + " " + typed)
                        .startsWith(f.type() == BigDecimal.class ? "Số không đọc được" : "Số nguyên không hợp lệ");
            }
        }
    }

    @Test
    void wholeNumbersReadThousandsGrouped() throws Exception {
        List<Field> wholes = fields().stream()
                .filter(f -> f.type() == Integer.class || f.type() == Long.class)
                .toList();
        assertThat(wholes)
                .extracting(f -> f.form().getSimpleName() + "." + f.path())
                .contains("ChainForm.householdsPlanned", "CooperativeForm.members", "ParticipantForm.householdsCount");
        for (Field f : wholes) {
            BindingResult result = bind(f, "1.234");
            assertThat(result.hasFieldErrors(f.path())).as(f.toString()).isFalse();
            assertThat(((Number) new BeanWrapperImpl(result.getTarget()).getPropertyValue(f.path())).longValue())
                    .isEqualTo(1234L);
        }
    }

    @Test
    void aStoredNumberIsShownSoThatSavingAgainReadsTheSameNumber() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        // No grouping: "1.234" would be refused when the form is saved again.
        assertThat(conversions.convert(new BigDecimal("1234.500"), String.class))
                .isEqualTo("1234,5");
        assertThat(conversions.convert(new BigDecimal("1000"), String.class)).isEqualTo("1000");
        assertThat(conversions.convert(new BigDecimal("0.125"), String.class)).isEqualTo("0,125");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(conversions.convert(new BigDecimal("1234.5"), String.class)).isEqualTo("1234.5");
        assertThat(conversions.convert(12345L, String.class)).isEqualTo("12345");
    }

    private BindingResult bind(Field f, String text) throws Exception {
        Constructor<?> constructor = f.form().getDeclaredConstructor();
        constructor.setAccessible(true);
        WebDataBinder binder = new WebDataBinder(constructor.newInstance(), "form");
        // As every controller's binder is set up (the conversion service, then TypedNumbersAdvice).
        binder.setConversionService(conversions);
        TypedNumbers.register(binder);
        binder.bind(new MutablePropertyValues(Map.of(f.path(), text)));
        return binder.getBindingResult();
    }

    /** Every BigDecimal, Integer and Long property of every form, with list elements as {@code lines[0].value}. */
    static List<Field> fields() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                new RegexPatternTypeFilter(Pattern.compile("vn\\.valuechain\\..*\\.web\\.[A-Za-z]+Form")));
        List<Field> fields = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.valuechain")) {
            Class<?> form = Class.forName(candidate.getBeanClassName());
            collect(form, form, "", fields);
        }
        return fields;
    }

    private static void collect(Class<?> form, Class<?> type, String prefix, List<Field> fields) {
        for (PropertyDescriptor p : new BeanWrapperImpl(type).getPropertyDescriptors()) {
            if (p.getWriteMethod() == null) {
                continue;
            }
            Class<?> t = p.getPropertyType();
            if (t == BigDecimal.class || t == Integer.class || t == Long.class) {
                // Record ids travel in hidden fields and are not typed by anyone.
                if (!p.getName().endsWith("Id")
                        && !p.getName().equals("id")
                        && !p.getName().equals("version")) {
                    fields.add(new Field(form, prefix + p.getName(), t));
                }
            } else if (List.class.isAssignableFrom(t)
                    && p.getWriteMethod().getGenericParameterTypes()[0] instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.getName().startsWith("vn.valuechain.")
                    && !element.isEnum()) {
                collect(form, element, prefix + p.getName() + "[0].", fields);
            }
        }
    }
}

package vn.valuechain.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellParsersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,5|1234.5",
                "1,234.5|1234.5",
                "1.234.567|1234567",
                "1,234,567|1234567",
                "1.234.567,25|1234567.25",
                "12,5|12.5",
                "12.5|12.5",
                "0,25|0.25",
                "1234|1234",
                "1234.567|1234.567",
                "-3,5|-3.5",
                "1 234,5|1234.5",
                "1.2345|1.2345"
            })
    void readsNumbersWrittenEitherWay(String text, String expected) {
        var parsed = CellParsers.decimal(CellValue.text(text));
        assertThat(parsed.errorKey()).isNull();
        assertThat(parsed.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.234", "1,234", "12.500", "999,000"})
    void reportsAmbiguousNumbersInsteadOfGuessing(String text) {
        assertThat(CellParsers.decimal(CellValue.text(text)).errorKey()).isEqualTo(CellParsers.NUMBER_AMBIGUOUS);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"abc", "1,2,3", "1.23.4", "1.234,5,6", "12a", "1,", "--1", "1.234.5"})
    void refusesWhatIsNotANumber(String text) {
        assertThat(CellParsers.decimal(CellValue.text(text)).errorKey()).isEqualTo(CellParsers.NUMBER_INVALID);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.234|1234", "1,234|1234", "25|25", "1.234.567|1234567"})
    void wholeNumbersReadGroupingWhereOnlyThatMakesSense(String text, long expected) {
        assertThat(CellParsers.integer(CellValue.text(text)).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'12,5'", "abc"})
    void wholeNumbersRefuseFractions(String text) {
        assertThat(CellParsers.integer(CellValue.text(text)).errorKey()).isEqualTo(CellParsers.INTEGER_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"03/04/2024,2024-04-03", "3/4/2024,2024-04-03", "03-04-2024,2024-04-03", "2024-04-03,2024-04-03"})
    void readsDatesDayFirst(String text, LocalDate expected) {
        assertThat(CellParsers.date(CellValue.text(text)).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "31/02/2024,import.value.date",
        "13/13/2024,import.value.date",
        "hôm qua,import.value.date",
        "03/04/24,import.value.dateAmbiguous"
    })
    void reportsWrongOrAmbiguousDates(String text, String key) {
        assertThat(CellParsers.date(CellValue.text(text)).errorKey()).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"''"})
    void anEmptyCellIsNoValueNotAnError(String text) {
        assertThat(CellParsers.decimal(CellValue.text(text))).isEqualTo(new CellParsers.Parsed<>(null, null));
        assertThat(CellParsers.date(CellValue.text(text))).isEqualTo(new CellParsers.Parsed<>(null, null));
    }
}

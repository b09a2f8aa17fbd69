package vn.valuechain.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for other programs: UTF-8 with a byte-order mark (so that Excel reads Vietnamese), the header row then the
 * rows, no title. Numbers are written without grouping and with a decimal point, dates as dd/MM/yyyy.
 */
public final class CsvWriter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private CsvWriter() {}

    public static void write(TableExport table, OutputStream stream, ExportProgress.Tracker progress) {
        try {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter csv =
                    CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(writer);
            csv.printRecord(table.columns().stream().map(Column::header).toList());
            table.rows().writeTo(progress.counting(cells -> {
                List<String> values = new ArrayList<>(cells.size());
                for (int i = 0; i < cells.size(); i++) {
                    values.add(text(cells.get(i), table.columns().get(i).type()));
                }
                try {
                    csv.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime moment) {
            return DATE_TIME.format(moment);
        }
        if (value instanceof Number number && type != ColumnType.TEXT) {
            return plain(number);
        }
        return CellText.neutralise(value.toString());
    }

    /**
     * 1.234 would read back as ambiguous (a thousand and more, or one and a bit): a fourth decimal makes it one and
     * a bit. No grouping, so 1234 is never ambiguous either.
     */
    static String plain(Number number) {
        BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        String text = value.stripTrailingZeros().toPlainString();
        int point = text.indexOf('.');
        return point >= 0 && text.length() - point - 1 == 3 ? text + "0" : text;
    }
}

package vn.valuechain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.valuechain.shared.table.CellValue;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.TableReader;

/**
 * An exported list read back as its reader's spreadsheet program would: the title and context lines, the header and
 * the data rows (the blank row before the header is what tells them apart).
 */
public record Exported(List<String> context, List<String> header, List<ReadRow> rows) {

    public static Exported xlsx(byte[] file) throws Exception {
        List<ReadRow> all = TableReader.read("x.xlsx", file, TableReader.Limits.DEFAULT)
                .sheets()
                .get(0)
                .rows();
        int header = 1;
        while (all.get(header).number() == all.get(header - 1).number() + 1) {
            header++;
        }
        return new Exported(
                all.subList(0, header).stream().map(r -> r.cell(0).text()).toList(),
                texts(all.get(header)),
                all.subList(header + 1, all.size()));
    }

    /** A CSV's lines, after checking that it starts with the byte order mark Excel needs to read UTF-8. */
    public static List<String> csv(byte[] file) {
        assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
    }

    public static List<String> texts(ReadRow row) {
        return row.cells().stream().map(CellValue::text).toList();
    }

    /** The data row whose first cell is this text. */
    public ReadRow row(String first) {
        return rows.stream()
                .filter(r -> r.cell(0).text().equals(first))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    public List<String> column(int index) {
        return rows.stream().map(r -> r.cell(index).text()).toList();
    }
}

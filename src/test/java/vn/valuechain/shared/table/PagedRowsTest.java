package vn.valuechain.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Large exports read their query a thousand rows at a time and write each chunk before reading the next. */
class PagedRowsTest {

    static final int ROWS = 30_000;

    final List<String> events = new ArrayList<>();

    Page<Integer> query(Pageable pageable) {
        events.add("read page " + pageable.getPageNumber() + " of " + pageable.getPageSize());
        int from = (int) pageable.getOffset();
        List<Integer> content = IntStream.range(from, Math.min(from + pageable.getPageSize(), ROWS))
                .boxed()
                .toList();
        return new PageImpl<>(content, pageable, ROWS);
    }

    @Test
    void readsInChunksAndWritesEachBeforeReadingTheNext() {
        RowSource source = PagedRows.of(this::query, Sort.by("name"), i -> List.of(i));
        source.writeTo(new RowWriter() {
            @Override
            public void total(long rows) {
                events.add("total " + rows);
            }

            @Override
            public void row(List<?> cells) {
                int i = (Integer) cells.get(0);
                if (i % PagedRows.CHUNK == PagedRows.CHUNK - 1) {
                    events.add("wrote row " + i);
                }
            }
        });
        assertThat(events).hasSize(1 + 30 + 30);
        assertThat(events.subList(0, 5))
                .containsExactly(
                        "read page 0 of 1000", "total 30000", "wrote row 999", "read page 1 of 1000", "wrote row 1999");
    }

    @Test
    void thirtyThousandRowsStreamIntoOneWorkbook() throws Exception {
        TableExport table = new TableExport(
                "lon",
                "Lớn",
                "Bảng lớn",
                List.of(),
                List.of(new Column("Số", ColumnType.INTEGER), new Column("Tên", ColumnType.TEXT)),
                PagedRows.of(this::query, Sort.unsorted(), i -> List.of(i, "Hợp tác xã số " + i)));
        ExportProgress.Tracker tracker = ExportProgress.Tracker.untracked();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(table, out, tracker);
        assertThat(tracker.written()).isEqualTo(ROWS);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + ROWS);
            assertThat(sheet.getRow(2 + ROWS).getCell(1).getStringCellValue()).isEqualTo("Hợp tác xã số 29999");
        }
    }
}

package vn.valuechain.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/** An export's progress is kept in the database, for its owner only, whichever server asks. */
class ExportProgressTest extends IntegrationTest {

    @Autowired
    ExportProgress progress;

    @Autowired
    JdbcClient jdbc;

    @Test
    void countsTheRowsWrittenForItsOwnerOnly() {
        ExportProgress.Tracker tracker = progress.start("abcdef123456", "ana");
        assertThat(progress.of("abcdef123456", "ana")).contains(new ExportProgress.Snapshot(-1, 0, false));

        XlsxWriter.write(table(250), new ByteArrayOutputStream(), tracker);
        tracker.done();

        assertThat(progress.of("abcdef123456", "ana")).contains(new ExportProgress.Snapshot(250, 250, true));
        assertThat(progress.of("abcdef123456", "bob")).isEmpty();
        assertThat(progress.of("unknown-token", "ana")).isEmpty();
    }

    @Test
    void aPageWithoutATokenIsNotFollowed() {
        long before = rows();
        ExportProgress.Tracker tracker = progress.start(null, "ana");
        tracker.total(3);
        tracker.row();
        tracker.done();
        assertThat(tracker.written()).isEqualTo(1);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void oldExportsAreForgotten() {
        progress.start("old-export-1", "ana").done();
        jdbc.sql("update export_progress set started_at = now() - interval '2 hours' where token = 'old-export-1'")
                .update();
        progress.start("new-export-1", "ana");

        progress.forgetOld();

        assertThat(progress.of("old-export-1", "ana")).isEmpty();
        assertThat(progress.of("new-export-1", "ana")).isPresent();
    }

    private long rows() {
        return jdbc.sql("select count(*) from export_progress")
                .query(Long.class)
                .single();
    }

    private static TableExport table(int rows) {
        return new TableExport(
                "t",
                "T",
                "Bảng",
                List.of(),
                List.of(new Column("Số", ColumnType.INTEGER)),
                PagedRows.of(java.util.stream.IntStream.range(0, rows).boxed().toList(), i -> List.of(i)));
    }
}

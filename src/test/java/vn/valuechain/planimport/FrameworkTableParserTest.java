package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.valuechain.plan.BenTreFramework;
import vn.valuechain.planimport.FrameworkTableParser.ParsedItem;
import vn.valuechain.planimport.FrameworkTableParser.ParsedSection;
import vn.valuechain.planimport.FrameworkTableParser.Problem;
import vn.valuechain.planimport.FrameworkTableParser.Result;
import vn.valuechain.planimport.GovernmentTable.Shape;
import vn.valuechain.planimport.GovernmentTable.TableRow;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;

/** The government table of the Bến Tre framework, as Word and as Excel, read back item by item. */
class FrameworkTableParserTest {

    static Result parse(String name, byte[] bytes) throws TableFileException {
        return FrameworkTableParser.parse(TableReader.read(name, bytes, TableReader.Limits.DEFAULT));
    }

    @Test
    void theWordTableGivesAllSixtyFiveItemsAsTheAppendixHasThem() throws TableFileException {
        assertTheBenTreFramework(parse("khung.docx", GovernmentTable.docx()));
    }

    @Test
    void theExcelTableGivesTheSame() throws TableFileException {
        assertTheBenTreFramework(parse("khung.xlsx", GovernmentTable.xlsx()));
    }

    static void assertTheBenTreFramework(Result result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.sections())
                .extracting(s -> s.code() + " " + s.title() + " (" + s.items().size() + ")")
                .containsExactly(
                        "I CÁC HOẠT ĐỘNG CHUNG CỦA CÁC CHUỖI (15)",
                        "II.1 Chuỗi Dừa (5)",
                        "II.2 Chuỗi Bưởi (5)",
                        "II.3 Chuỗi Chôm chôm (7)",
                        "II.4 Chuỗi Nhãn (9)",
                        "II.5 Chuỗi Hoa kiểng (10)",
                        "II.6 Chuỗi con Heo (4)",
                        "II.7 Chuỗi con Bò (4)",
                        "II.8 Chuỗi Tôm biển (6)");
        assertThat(result.itemCount()).isEqualTo(65);
        List<String> expected = BenTreFramework.items().stream()
                .map(i -> String.join(
                        " | ",
                        i.section(),
                        i.ordinal(),
                        i.content(),
                        i.inputActivities(),
                        i.expectedOutputs(),
                        i.timeframe(),
                        i.lead(),
                        i.coordinating(),
                        i.supporting()))
                .toList();
        List<String> actual = new ArrayList<>();
        for (ParsedSection s : result.sections()) {
            for (ParsedItem i : s.items()) {
                actual.add(String.join(
                        " | ",
                        s.code(),
                        i.ordinal(),
                        text(i.content()),
                        text(i.inputActivities()),
                        text(i.expectedOutputs()),
                        text(i.timeframe()),
                        text(i.lead()),
                        text(i.coordinating()),
                        text(i.supporting())));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Test
    void problemsSayWhereTheyAre() throws TableFileException {
        String[] item = {"1", "Tuyên truyền", "", "", "2018", "Sở Nông nghiệp và PTNT", "", ""};
        String[] empty = new String[8];
        Arrays.fill(empty, "");
        String[] continuation = empty.clone();
        continuation[1] = "phần tiếp theo";
        List<TableRow> rows = List.of(
                new TableRow(Shape.HEADER, GovernmentTable.HEADER),
                new TableRow(Shape.ITEM, continuation),
                new TableRow(Shape.ITEM, item),
                new TableRow(Shape.MERGED, "I. Các hoạt động chung".split("\t")),
                new TableRow(Shape.ITEM, item),
                new TableRow(Shape.ITEM, item));
        Result result = parse("khung.docx", GovernmentTable.docx(pad(rows)));
        assertThat(result.problems())
                .extracting(p -> p.messageKey() + "@" + p.where().row())
                .containsExactly(
                        "plan.import.continuationWithoutItem@2",
                        "plan.import.itemWithoutSection@3",
                        "plan.import.duplicateOrdinal@6");
    }

    @Test
    void aTableWithoutTheNumberColumnIsRefused() throws TableFileException {
        String[] header = Arrays.copyOf(GovernmentTable.HEADER, 8);
        header[0] = "";
        Result result = parse("khung.docx", GovernmentTable.docx(List.of(new TableRow(Shape.HEADER, header))));
        assertThat(result.problems()).extracting(Problem::messageKey).containsExactly("plan.import.noOrdinalColumn");
    }

    @Test
    void aDocumentWithoutATableIsRefused() throws IOException, TableFileException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Kế hoạch hành động");
            doc.write(out);
            assertThat(parse("khung.docx", out.toByteArray()).problems())
                    .extracting(Problem::messageKey)
                    .containsExactly("plan.import.noTable");
        }
    }

    @Test
    void aTableOfSomethingElseIsNoFramework() throws TableFileException {
        String[] other = {"TT", "Hợp tác xã", "Thời gian", "", "", "", "", ""};
        assertThat(parse("khung.docx", GovernmentTable.docx(List.of(new TableRow(Shape.ITEM, other))))
                        .problems())
                .extracting(Problem::messageKey)
                .containsExactly("plan.import.noHeader");
    }

    private static List<TableRow> pad(List<TableRow> rows) {
        return rows.stream()
                .map(r -> new TableRow(r.shape(), Arrays.copyOf(r.cells(), 8)))
                .map(r -> {
                    for (int i = 0; i < 8; i++) {
                        if (r.cells()[i] == null) {
                            r.cells()[i] = "";
                        }
                    }
                    return r;
                })
                .toList();
    }
}

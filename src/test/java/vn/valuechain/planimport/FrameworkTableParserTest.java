package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.valuechain.planimport.PlanFiles.header;
import static vn.valuechain.planimport.PlanFiles.merged;
import static vn.valuechain.planimport.PlanFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.valuechain.plan.BenTreFramework;
import vn.valuechain.planimport.FrameworkTableParser.ParsedItem;
import vn.valuechain.planimport.FrameworkTableParser.ParsedSection;
import vn.valuechain.planimport.GovernmentTable.Shape;
import vn.valuechain.planimport.GovernmentTable.TableRow;
import vn.valuechain.planimport.PlanLayouts.Item;
import vn.valuechain.planimport.PlanLayouts.Layout;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;

/**
 * Plans' tables read item by item, without the database: the Bến Tre framework as Word and Excel, the layouts of
 * {@link PlanLayouts}, and the ways headings, headers and rows vary.
 */
class FrameworkTableParserTest {

    static PlanTables.Result parse(String name, byte[] bytes) throws TableFileException {
        return parse(name, bytes, Map.of());
    }

    static PlanTables.Result parse(String name, byte[] bytes, Map<String, Map<Integer, String>> choices)
            throws TableFileException {
        return PlanTables.read(TableReader.read(name, bytes, TableReader.Limits.DEFAULT), choices);
    }

    @Test
    void theWordTableGivesAllSixtyFiveItemsAsTheAppendixHasThem() throws TableFileException {
        assertTheBenTreFramework(parse("khung.docx", GovernmentTable.docx()));
    }

    @Test
    void theExcelTableGivesTheSame() throws TableFileException {
        assertTheBenTreFramework(parse("khung.xlsx", GovernmentTable.xlsx()));
    }

    static void assertTheBenTreFramework(PlanTables.Result result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.uncertain()).isEmpty();
        assertThat(sections(result))
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
        assertThat(result.framework().itemCount()).isEqualTo(65);
        List<String> expected = BenTreFramework.items().stream()
                .map(i -> new Item(
                                i.section(),
                                i.ordinal(),
                                i.content(),
                                i.inputActivities(),
                                i.expectedOutputs(),
                                i.timeframe(),
                                i.lead(),
                                i.coordinating(),
                                i.supporting())
                        .line())
                .toList();
        // The appendix's text is one line per cell; where a page split it, the rest may open a new line.
        assertThat(lines(result).stream().map(l -> l.replace('\n', ' ')).toList())
                .containsExactlyElementsOf(expected);
    }

    static List<String> sections(PlanTables.Result result) {
        return result.framework().sections().stream()
                .map(s -> s.code() + " " + s.title() + " (" + s.items().size() + ")")
                .toList();
    }

    static List<String> lines(PlanTables.Result result) {
        List<String> actual = new ArrayList<>();
        for (ParsedSection s : result.framework().sections()) {
            for (ParsedItem i : s.items()) {
                actual.add(new Item(
                                s.code(),
                                i.ordinal(),
                                i.content(),
                                i.inputActivities(),
                                i.expectedOutputs(),
                                i.timeframe(),
                                i.lead(),
                                i.coordinating(),
                                i.supporting())
                        .line());
            }
        }
        return actual;
    }

    static List<Layout> layouts() {
        return List.of(
                PlanLayouts.governmentWord(),
                PlanLayouts.governmentExcel(),
                PlanLayouts.governmentCsv(),
                PlanLayouts.titledExcel(),
                PlanLayouts.titledWord(),
                PlanLayouts.plan2026());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void eachLayoutGivesItsItemsWordForWord(Layout layout) throws TableFileException {
        PlanTables.Result result = parse(layout.fileName(), layout.bytes());
        assertThat(result.problems()).isEmpty();
        assertThat(result.uncertain()).isEmpty();
        assertThat(sections(result)).containsExactlyElementsOf(layout.sections());
        assertThat(lines(result))
                .containsExactlyElementsOf(
                        layout.items().stream().map(Item::line).toList());
    }

    @Test
    void aWordCellKeepsEachParagraphListItemAndLineBreakOnItsOwnLine() throws TableFileException {
        byte[] docx = PlanFiles.docx(
                List.of(),
                List.of(List.of(
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        merged("I. Chung"),
                        row(
                                "1",
                                "Đoạn một.\nĐoạn hai.",
                                "• Mục một\n• Mục hai",
                                "Dòng một↵dòng hai",
                                "2019",
                                "Sở Công Thương",
                                "",
                                ""))));
        ParsedItem item =
                parse("a.docx", docx).framework().sections().get(0).items().get(0);
        assertThat(item.content()).isEqualTo("Đoạn một.\nĐoạn hai.");
        // The bullets are Word's numbering: not added to the text.
        assertThat(item.inputActivities()).isEqualTo("Mục một\nMục hai");
        assertThat(item.expectedOutputs()).isEqualTo("Dòng một\ndòng hai");
    }

    @Test
    void headingsOfEveryShapeOpenTheirSections() throws TableFileException {
        byte[] docx = PlanFiles.docx(
                List.of(),
                List.of(List.of(
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        merged("Phần I: Nhiệm vụ chung"),
                        item("1"),
                        row("II.", "Nhiệm vụ riêng"),
                        merged("1) Chuỗi Dừa"),
                        item("1"),
                        merged("2 - Chuỗi Nhãn"),
                        item("1"),
                        merged("Chuỗi Chôm chôm"),
                        item("1"),
                        row("4", "Chuỗi con Bò"),
                        item("1"),
                        row("a.", "Nhóm hộ nuôi bò thịt"),
                        item("1"),
                        row("b", "Nhóm hộ nuôi bò sữa"),
                        item("1"),
                        merged("III Tổ chức thực hiện"),
                        item("1"))));
        PlanTables.Result result = parse("a.docx", docx);
        assertThat(result.problems()).isEmpty();
        assertThat(sections(result))
                .containsExactly(
                        "I Nhiệm vụ chung (1)",
                        "II.1 Chuỗi Dừa (1)",
                        "II.2 Chuỗi Nhãn (1)",
                        "II.3 Chuỗi Chôm chôm (1)",
                        "II.4 Chuỗi con Bò (1)",
                        "II.4.a Nhóm hộ nuôi bò thịt (1)",
                        "II.4.b Nhóm hộ nuôi bò sữa (1)",
                        "III Tổ chức thực hiện (1)");
    }

    private static PlanFiles.TableRow item(String ordinal) {
        return row(ordinal, "Tập huấn kỹ thuật.", "", "", "2019", "Sở Công Thương", "", "");
    }

    @Test
    void aNumberAndTitleWhoseNextRowContinuesThemIsAnItemSplitByThePage() throws TableFileException {
        byte[] docx = PlanFiles.docx(
                List.of(),
                List.of(List.of(
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        merged("I. Chung"),
                        item("1"),
                        row("2.", "Hỗ trợ hợp tác xã xây dựng"),
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        row("", "nhãn hiệu tập thể.", "Tư vấn hồ sơ.", "", "2020", "Sở Khoa học và Công nghệ", "", ""),
                        row("3.", "Đánh giá kết quả"),
                        merged("II. Tổ chức thực hiện"),
                        item("1"))));
        PlanTables.Result result = parse("a.docx", docx);
        assertThat(lines(result))
                .containsExactly(
                        "I | 1 | Tập huấn kỹ thuật. |  |  | 2019 | Sở Công Thương |  | ",
                        "I | 2 | Hỗ trợ hợp tác xã xây dựng nhãn hiệu tập thể. | Tư vấn hồ sơ. |  | 2020 | Sở Khoa học và Công nghệ |  | ",
                        "II | 1 | Tập huấn kỹ thuật. |  |  | 2019 | Sở Công Thương |  | ");
        // "3." with only a title and no continuation is a heading opening a section without items, a group.
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void oneUnreadableHeadingIsAProblemOnItsRowAndItsItemsGoNowhereElse() throws TableFileException {
        byte[] docx = PlanFiles.docx(
                List.of(),
                List.of(List.of(
                        header(PlanLayouts.GOVERNMENT_HEADER),
                        merged("I. Chung"),
                        item("1"),
                        item("2"),
                        merged("L. CÁC HOẠT ĐỘNG RIÊNG"),
                        item("1"),
                        item("2"),
                        merged("5; Chuỗi hoa kiểng"),
                        item("1"),
                        merged("III. Tổ chức thực hiện"),
                        item("1"))));
        PlanTables.Result result = parse("a.docx", docx);
        assertThat(result.problems())
                .extracting(p -> p.messageKey() + "@" + p.where().row() + " " + p.args()[0])
                .containsExactly(
                        "plan.import.headingWithoutCode@5 L. CÁC HOẠT ĐỘNG RIÊNG",
                        "plan.import.headingWithoutCode@8 5; Chuỗi hoa kiểng");
        // Not "duplicate item 1 of section I": the rows under the unreadable headings stay apart.
        assertThat(sections(result)).containsExactly("I Chung (2)", "III Tổ chức thực hiện (1)");
    }

    @Test
    void problemsSayWhereTheyAre() throws TableFileException {
        String[] item = {"1", "Tuyên truyền", "", "", "2018", "Sở Nông nghiệp và PTNT", "", ""};
        String[] empty = new String[8];
        Arrays.fill(empty, "");
        String[] continuation = empty.clone();
        continuation[2] = "phần tiếp theo";
        List<TableRow> rows = List.of(
                new TableRow(Shape.HEADER, GovernmentTable.HEADER),
                new TableRow(Shape.ITEM, continuation),
                new TableRow(Shape.ITEM, item),
                new TableRow(Shape.MERGED, pad("I. Các hoạt động chung")),
                new TableRow(Shape.ITEM, item),
                new TableRow(Shape.ITEM, item));
        PlanTables.Result result = parse("khung.docx", GovernmentTable.docx(rows));
        assertThat(result.problems())
                .extracting(p -> p.messageKey() + "@" + p.where().row())
                .containsExactly(
                        "plan.import.continuationWithoutItem@2",
                        "plan.import.itemWithoutSection@3",
                        "plan.import.duplicateOrdinal@6");
    }

    private static String[] pad(String first) {
        String[] cells = new String[8];
        Arrays.fill(cells, "");
        cells[0] = first;
        return cells;
    }

    @Test
    void headersAreRecognisedByAnyOfTheirTitlesWithoutAccentsOrCase() throws TableFileException {
        String[] header = {
            "s/t",
            "CHIEN LUOC VA HOAT DONG",
            "Các hoạt động",
            "Kết quả",
            "Thời hạn",
            "Đơn vị chủ trì:",
            "Phối hợp",
            "Hỗ trợ"
        };
        PlanTables.Result result = parse(
                "a.docx", PlanFiles.docx(List.of(), List.of(List.of(header(header), merged("I. Chung"), item("1")))));
        assertThat(result.problems()).isEmpty();
        Header<?> h = result.headers().get(0);
        assertThat(h.certain()).isTrue();
        assertThat(List.<Object>copyOf(h.columns().values()))
                .containsExactly(
                        FrameworkColumn.ORDINAL,
                        FrameworkColumn.CONTENT,
                        FrameworkColumn.INPUTS,
                        FrameworkColumn.OUTPUTS,
                        FrameworkColumn.TIMEFRAME,
                        FrameworkColumn.LEAD,
                        FrameworkColumn.COORDINATING,
                        FrameworkColumn.SUPPORTING);
    }

    @Test
    void agencyColumnsUnderAGroupTitleAreReadFromTheSecondHeaderRow() throws TableFileException {
        PlanTables.Result result = parse(
                "a.docx",
                PlanFiles.docx(
                        List.of(),
                        List.of(List.of(
                                header(
                                        "TT",
                                        "Nội dung",
                                        "Hoạt động",
                                        "Kết quả",
                                        "Thời gian",
                                        "Cơ quan thực hiện",
                                        "",
                                        ""),
                                header("", "", "", "", "", "Chủ trì", "Phối hợp", "Hỗ trợ"),
                                merged("I. Chung"),
                                item("1")))));
        assertThat(result.problems()).isEmpty();
        assertThat(lines(result)).containsExactly("I | 1 | Tập huấn kỹ thuật. |  |  | 2019 | Sở Công Thương |  | ");
    }

    @Test
    void aTitleWithATypoIsReadButTheUserMustConfirmIt() throws TableFileException {
        String[] header = PlanLayouts.GOVERNMENT_HEADER.clone();
        header[4] = "Thời gain thực hiện";
        byte[] docx = PlanFiles.docx(List.of(), List.of(List.of(header(header), merged("I. Chung"), item("1"))));
        PlanTables.Result result = parse("a.docx", docx);
        assertThat(result.problems()).isEmpty();
        assertThat(result.uncertain()).hasSize(1);
        Header<?> h = result.uncertain().get(0);
        assertThat(h.column(4)).isEqualTo(FrameworkColumn.TIMEFRAME);
        assertThat(h.sure(4)).isFalse();
        assertThat(h.sure(5)).isTrue();

        // The user's mapping is taken as sure, and may move a column: here the timeframe left out.
        Map<Integer, String> choice = new java.util.HashMap<>();
        for (int i = 0; i < 8; i++) {
            choice.put(i, h.column(i).name());
        }
        PlanTables.Result confirmed = parse("a.docx", docx, Map.of(h.key(), choice));
        assertThat(confirmed.uncertain()).isEmpty();
        assertThat(lines(confirmed)).containsExactly("I | 1 | Tập huấn kỹ thuật. |  |  | 2019 | Sở Công Thương |  | ");
        choice.put(4, "");
        assertThat(parse("a.docx", docx, Map.of(h.key(), choice)).problems())
                .extracting(Problem::messageKey)
                .containsExactly("plan.import.missingColumn");
    }

    @Test
    void aMissingRequiredColumnIsARefusalNamingIt() throws TableFileException {
        String[] header = {"TT", "Nội dung thực hiện", "Các hoạt động đầu vào", "Kết quả đầu ra", "Cơ quan phối hợp"};
        PlanTables.Result result = parse(
                "a.docx",
                PlanFiles.docx(
                        List.of(),
                        List.of(List.of(
                                header(header), merged("I. Chung"), row("1", "Tập huấn.", "", "", "Sở Công Thương")))));
        assertThat(result.problems())
                .extracting(p -> p.messageKey() + " " + ((Problem.Label) p.args()[0]).key())
                .containsExactly(
                        "plan.import.missingColumn framework.timeframe", "plan.import.missingColumn framework.lead");
        assertThat(result.framework().itemCount()).isZero();
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
    void aTableOfSomethingElseIsNoPlan() throws TableFileException {
        String[] other = {"Họ và tên", "Chức vụ", "Điện thoại", "", "", "", "", ""};
        assertThat(parse("khung.docx", GovernmentTable.docx(List.of(new TableRow(Shape.ITEM, other))))
                        .problems())
                .extracting(Problem::messageKey)
                .containsExactly("plan.import.noHeader");
    }
}

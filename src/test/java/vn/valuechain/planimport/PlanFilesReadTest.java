package vn.valuechain.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.table.CellValue;
import vn.valuechain.shared.table.ReadRow;
import vn.valuechain.shared.table.TableFile;
import vn.valuechain.shared.table.TableFileException;
import vn.valuechain.shared.table.TableReader;

/** How files are read before any table is recognised: Word's grid, file types by content, encodings, formulas. */
class PlanFilesReadTest {

    static TableFile read(String name, byte[] bytes) throws TableFileException {
        return TableReader.read(name, bytes, TableReader.Limits.DEFAULT);
    }

    static List<String> texts(ReadRow row) {
        return row.cells().stream().map(CellValue::text).toList();
    }

    @Test
    void wordRowsFollowTheTablesGridAcrossSpansAndVerticalMerges() throws TableFileException {
        List<ReadRow> rows =
                read("a.docx", PlanFiles.docxWithSpans()).sheets().get(0).rows();
        assertThat(texts(rows.get(0))).containsExactly("TT", "Hợp tác xã", "Thời gian", "");
        // The cells continuing "TT" and "Hợp tác xã" downwards are empty, whatever text they hide.
        assertThat(texts(rows.get(1))).containsExactly("", "", "2026", "2027");
        assertThat(texts(rows.get(2))).containsExactly("1", "HTX A", "x", "");
    }

    @Test
    void aFileIsWhatItsBytesAreWhateverItsName() throws TableFileException {
        byte[] text = "TT;Nội dung thực hiện\n1;Tập huấn\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read("khung.xlsx", text))
                .isInstanceOf(TableFileException.class)
                .hasMessage("import.file.notExcel");
        assertThatThrownBy(() -> read("khung.docx", text))
                .isInstanceOf(TableFileException.class)
                .hasMessage("import.file.notWord");
        assertThat(read("khung.csv", text).kind()).isEqualTo(TableFile.Kind.CSV);
        assertThat(read("khung.txt", text).kind()).isEqualTo(TableFile.Kind.CSV);
        // A Word document named as a workbook is read as the Word document it is.
        assertThat(read("khung.xlsx", PlanLayouts.governmentWord().bytes()).kind())
                .isEqualTo(TableFile.Kind.DOCX);
    }

    @Test
    void unicodeTextWithItsByteOrderMarkIsReadAndDecomposedLettersAreComposed() throws TableFileException {
        String written = "TT\tNội dung\n1\tHỗ trợ\n";
        byte[] utf16 = ("\uFEFF" + written).getBytes(StandardCharsets.UTF_16LE);
        assertThat(texts(read("khung.txt", utf16).sheets().get(0).rows().get(1)))
                .containsExactly("1", "Hỗ trợ");
        byte[] decomposed = Normalizer.normalize(written, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
        assertThat(texts(read("khung.csv", decomposed).sheets().get(0).rows().get(1)))
                .containsExactly("1", "Hỗ trợ");
    }

    @Test
    void aTitleBlockAboveTheHeaderDoesNotDecideTheDelimiter() throws TableFileException {
        byte[] tabs = "KẾ HOẠCH HÀNH ĐỘNG\nTT\tNội dung thực hiện\tThời gian\n1\tTập huấn, hội thảo\t2026\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(texts(read("khung.txt", tabs).sheets().get(0).rows().get(2)))
                .containsExactly("1", "Tập huấn, hội thảo", "2026");
        byte[] semicolons = "KẾ HOẠCH HÀNH ĐỘNG\n\nTT;Nội dung thực hiện;Thời gian\n1;Tập huấn, hội thảo;2026\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(texts(read("khung.csv", semicolons).sheets().get(0).rows().get(2)))
                .containsExactly("1", "Tập huấn, hội thảo", "2026");
    }

    @Test
    void textSavedAgainInTheWrongEncodingIsRefused() {
        byte[] garbled = new String("TT;Nội dung\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read("khung.csv", garbled))
                .isInstanceOf(TableFileException.class)
                .hasMessage("import.file.garbled");
    }

    @Test
    void aFormulaWithoutItsValueIsKeptAsSuch() throws TableFileException {
        byte[] xlsx = PlanFiles.xlsx(
                "Khung", List.of(), List.of(PlanFiles.row("TT", "Nội dung"), PlanFiles.row("1", "x")), "1:1=A2&\"!\"");
        ReadRow row = read("khung.xlsx", xlsx).sheets().get(0).rows().get(1);
        assertThat(row.cell(1).text()).isEmpty();
        assertThat(row.cell(1).brokenFormula()).isEqualTo("=A2&\"!\"");
        assertThat(row.isBlank()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HTX dừa Phước Long quy mô tối thiểu 90 ha, xã Phước Long, huyện Giồng Trôm. | Dừa | HTX dừa Phước Long | false | PLANNED | 1 | Phước Long | Giồng Trôm | 90 | HA
            HTX Nông nghiệp quy mô tối thiểu 40 ha xã An Thạnh huyện Mỏ Cày Nam | Dừa | HTX Nông nghiệp | true | PLANNED | 1 | An Thạnh | Mỏ Cày Nam | 40 | HA
            HTX quy mô tối thiểu 25 ha tại Tân Bình, huyện Mỏ Cày Bắc | Bưởi | HTX | true | PLANNED | 1 | Tân Bình | Mỏ Cày Bắc | 25 | HA
            HTX với quy mô tối thiểu 4.500 con tại xã Tân Hào, huyện Giồng Trôm | Sản phẩm con Heo | HTX | true | PLANNED | 1 | Tân Hào | Giồng Trôm | 4500 | HEAD
            HTX quy mô tối thiểu 300.000 sản phẩm/năm tại xã Long Thới, huyện Chợ Lách | Hoa kiểng | HTX | true | PLANNED | 1 | Long Thới | Chợ Lách | 300000 | PRODUCT_PER_YEAR
            Củng cố và nâng cấp 03 HTX hiện có | Bưởi | HTX hiện có | false | TO_CONSOLIDATE | 3 | | | |
            Củng cố và nâng cấp HTX Tân Thiềng, huyện Chợ Lách | Chôm chôm | HTX Tân Thiềng | false | TO_CONSOLIDATE | 1 | | Chợ Lách | |
            Hợp tác xã Thủy sản Bình Thắng quy mô tối thiểu 1,5 ha tại huyện Bình Đại | Tôm biển | Hợp tác xã Thủy sản Bình Thắng | false | PLANNED | 1 | | Bình Đại | 1.5 | HA
            """)
    void aCooperativeIsReadFromItsDescription(
            String written,
            String product,
            String name,
            boolean generic,
            CooperativeStatus status,
            int count,
            String commune,
            String district,
            BigDecimal scale,
            MeasureUnit unit) {
        CooperativeDescription.Read read = CooperativeDescription.read(written, product);
        assertThat(read.name()).isEqualTo(name);
        assertThat(read.generic()).isEqualTo(generic);
        assertThat(read.status()).isEqualTo(status);
        assertThat(read.count()).isEqualTo(count);
        assertThat(read.commune()).isEqualTo(commune);
        assertThat(read.district()).isEqualTo(district);
        if (scale == null) {
            assertThat(read.scale()).isNull();
        } else {
            assertThat(read.scale()).isEqualByComparingTo(scale);
        }
        assertThat(read.unit()).isEqualTo(unit);
        assertThat(read.unreadableScale()).isNull();
    }
}

package vn.valuechain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.valuechain.plan.TargetSuggester.SuggestedTarget;

class TargetSuggesterTest {

    @Test
    void theIssuesExamples() {
        assertThat(quantities("Thành lập mới 7 THT và 3 HTX")).containsExactly("7 THT", "3 HTX");
        assertThat(quantities("Dự kiến có 04 hợp đồng được ký kết")).containsExactly("4 hợp đồng");
        assertThat(quantities("Có ít nhất 3 DN/HTX")).containsExactly("3 DN/HTX");
    }

    @Test
    void theIndicatorIsTheClauseTheNumberWasFoundIn() {
        List<SuggestedTarget> targets = TargetSuggester.suggest(
                "- Thành lập mới 4 THT, dự kiến có 80 nông dân tham gia vào THT. - Xây dựng 2 mô hình trình diễn.");
        assertThat(targets)
                .containsExactly(
                        new SuggestedTarget(
                                "Thành lập mới 4 THT, dự kiến có 80 nông dân tham gia vào THT",
                                new BigDecimal("4"),
                                "THT",
                                null),
                        new SuggestedTarget(
                                "Thành lập mới 4 THT, dự kiến có 80 nông dân tham gia vào THT",
                                new BigDecimal("80"),
                                "nông dân",
                                null),
                        new SuggestedTarget("Xây dựng 2 mô hình trình diễn", new BigDecimal("2"), "mô hình", null));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thành lập và mở rộng 28THT, 7HTX sản xuất dừa.                            | 28 THT; 7 HTX
            Có 18 mô hình (HTX/THT) đạt chứng nhận VietGAP cho 400 ha                 | 18 mô hình; 400 ha
            Giới thiệu 02 hội chợ/năm.                                                | 2 hội chợ/năm
            Có trên 70% số học viên áp dụng                                           | 70 %
            HTX quy mô tối thiểu 6.000 con tại xã Cẩm Sơn                             | 6000 con
            HTX quy mô tối thiểu 500.000 sản phẩm/năm                                 | 500000 sản phẩm/năm
            Chuyển đổi diện tích cây giống kém hiệu quả cho 1,5 ha                    | 1.5 ha
            Tổ chức 01 cuộc hội thảo                                                  | 1 cuộc hội thảo
            8 lớp/2huyện/năm, mỗi lớp khoảng 30 người                                 | 8 lớp; 30 người
            Tổ chức 2 lớp tập huấn cho Ban quản lý THT dừa                            | 2 lớp tập huấn
            Năm 2019 - 2020 nhân rộng mô hình                                         | ''
            Thương hiệu các nông sản chủ lực của tỉnh được hình thành và phát triển.  | ''
            """)
    void quantitiesNeedAUnit(String outputs, String expected) {
        assertThat(String.join("; ", quantities(outputs))).isEqualTo(expected);
    }

    @Test
    void aYearInTheClauseBecomesTheTargetsYear() {
        assertThat(TargetSuggester.suggest("Đến năm 2020 có 5 HTX đạt chuẩn"))
                .extracting(SuggestedTarget::year)
                .containsExactly(2020);
    }

    @Test
    void theSameQuantityInTheSameClauseIsOfferedOnce() {
        assertThat(TargetSuggester.suggest("Mỗi năm ký kết được 01 hợp đồng, 01 hợp đồng"))
                .hasSize(1);
    }

    @Test
    void acrossTheBenTrePlanNoYearIsTakenForAQuantity() {
        List<SuggestedTarget> all = BenTreFramework.items().stream()
                .flatMap(i -> TargetSuggester.suggest(i.expectedOutputs()).stream())
                .toList();
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all)
                .noneMatch(t -> t.value().compareTo(new BigDecimal("1900")) >= 0
                        && t.value().compareTo(new BigDecimal("2100")) <= 0);
        assertThat(all).allMatch(t -> !t.unit().isBlank() && !t.indicator().isBlank());
    }

    @Test
    void noTextNoSuggestions() {
        assertThat(TargetSuggester.suggest(null)).isEmpty();
        assertThat(TargetSuggester.suggest("")).isEmpty();
    }

    static List<String> quantities(String outputs) {
        return TargetSuggester.suggest(outputs).stream()
                .map(t -> t.value().toPlainString() + " " + t.unit())
                .toList();
    }
}

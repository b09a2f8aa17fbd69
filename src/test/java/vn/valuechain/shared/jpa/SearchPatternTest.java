package vn.valuechain.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/**
 * The pattern the list queries bind is the one the database makes of the same text (vco_search_pattern): folded in
 * Java for Vietnamese and plain letters, by the database for other signs.
 */
class SearchPatternTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchPattern.Maker patterns;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mỏ Cày",
                "HỢP TÁC XÃ DỪA ĐỊNH THỦY",
                "Đồng Tháp – Cần Thơ",
                "aàảãáạăằẳẵắặâầẩẫấậ eèẻẽéẹêềểễếệ iìỉĩíị oòỏõóọôồổỗốộơờởỡớợ uùủũúụưừửữứự yỳỷỹýỵ đ",
                "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬ EÈẺẼÉẸÊỀỂỄẾỆ IÌỈĨÍỊ OÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢ UÙỦŨÚỤƯỪỬỮỨỰ YỲỶỸÝỴ Đ",
                "100% _x_ a\\b",
                "HĐ-2026/01"
            })
    void theJavaPatternIsTheDatabasesOwn(String text) {
        String database = jdbc.sql(
                        "select '%' || replace(replace(replace(vco_search_key(:t), '\\', '\\\\'), '%', '\\%'),"
                                + " '_', '\\_') || '%'")
                .param("t", text)
                .query(String.class)
                .single();
        assertThat(patterns.of(text).pattern()).isEqualTo(database);
    }
}

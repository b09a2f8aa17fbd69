package vn.valuechain.report;

import java.util.List;
import java.util.Set;

/**
 * An administrative document as Decree 30/2020/NĐ-CP lays it out, whatever it is written to (Word or PDF): the issuing
 * body and the national motto side by side, the number and the place and date under them, the title, the body, then
 * the recipients ("Nơi nhận") beside the signature.
 */
public record OfficialDocument(
        Letterhead letterhead,
        String number,
        String placeAndDate,
        List<String> title,
        List<Block> body,
        String recipientsHeading,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    /** The national motto block: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc". */
    public record Letterhead(String superior, String issuer, String country, String motto) {}

    /** A part of the body, in order. */
    public sealed interface Block permits Heading, Text, Bullet, Table {}

    /** "I. KẾT QUẢ THỰC HIỆN" (level 1) or "1. Các chuỗi giá trị" (level 2). */
    public record Heading(int level, String text) implements Block {}

    /** A paragraph of running text, its first line indented. */
    public record Text(String text) implements Block {}

    /** A line of a list: "- Huyện Chợ Lách (nhiệm vụ II.1.4): …". */
    public record Bullet(String text) implements Block {}

    /**
     * A figures table under its caption; the columns in {@code numeric} are right-aligned, and a last row that is a
     * total ({@code totalRow}) is bold.
     */
    public record Table(
            String caption, List<String> headers, List<List<String>> rows, Set<Integer> numeric, boolean totalRow)
            implements Block {

        public Table {
            rows = List.copyOf(rows);
        }
    }
}

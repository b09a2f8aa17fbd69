package vn.valuechain.planimport;

import static vn.valuechain.planimport.PlanFiles.header;
import static vn.valuechain.planimport.PlanFiles.merged;
import static vn.valuechain.planimport.PlanFiles.row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.valuechain.planimport.PlanFiles.TableRow;

/**
 * Plans' tables in the layouts provinces publish them, written for these tests (the words are ours, the shapes are
 * theirs), each with the sections and items it must give: every item's words exactly as in the file.
 */
final class PlanLayouts {

    /** An item as it must be read: its section's code, its number and its eight cells (null for an empty cell). */
    record Item(
            String section,
            String ordinal,
            String content,
            String inputs,
            String outputs,
            String timeframe,
            String lead,
            String coordinating,
            String supporting) {

        String line() {
            return String.join(
                    " | ",
                    section,
                    ordinal,
                    s(content),
                    s(inputs),
                    s(outputs),
                    s(timeframe),
                    s(lead),
                    s(coordinating),
                    s(supporting));
        }

        private static String s(String text) {
            return text == null ? "" : text;
        }
    }

    /** A layout: the file, the sections it has ("code title (items)") and its items. */
    record Layout(String fileName, byte[] bytes, List<String> sections, List<Item> items) {}

    private PlanLayouts() {}

    static final String[] GOVERNMENT_HEADER = {
        "TT",
        "Nội dung thực hiện",
        "Các hoạt động đầu vào",
        "Kết quả đầu ra",
        "Thời gian thực hiện",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Cơ quan hỗ trợ"
    };

    // The government layout: Roman and Arabic headings merged across the row or in the first two cells ("2:" with a
    // colon), lists inside cells, the header again at the top of the second page and an item split by that page.
    static List<TableRow> governmentRows() {
        List<TableRow> rows = new ArrayList<>();
        rows.add(header(GOVERNMENT_HEADER));
        rows.add(merged("I. NHIỆM VỤ CHUNG CHO CÁC CHUỖI"));
        rows.add(row(
                "1",
                "Rà soát các tổ hợp tác, hợp tác xã đang tham gia chuỗi.\n• Lập danh sách theo từng sản phẩm.\n• Đề xuất cách củng cố.",
                "• Khảo sát tại các xã.\n• Hội nghị lấy ý kiến.",
                "Danh sách được cập nhật mỗi năm.",
                "Năm 2018\nNăm 2019\nNăm 2020",
                "Sở Nông nghiệp và PTNT",
                "Liên minh HTX tỉnh, Hội Nông dân tỉnh",
                "Các viện, trường"));
        rows.add(row(
                "2",
                "Xây dựng sàn giao dịch trực tuyến",
                "Thuê đơn vị tư vấn thiết kế.↵Đào tạo người dùng.",
                "01 sàn giao dịch hoạt động.",
                "6/2018-12/2019",
                "Sở Công Thương",
                "Sở Nông nghiệp và PTNT\nSở Tài chính",
                ""));
        // The second page: the header again, then the rest of item 2 with its number cell empty.
        rows.add(header(GOVERNMENT_HEADER));
        rows.add(row(
                "",
                "cho nông sản chủ lực của tỉnh.",
                "",
                "• Ít nhất 50 hợp tác xã bán hàng trên sàn.",
                "",
                "",
                "",
                ""));
        rows.add(merged("II. NHIỆM VỤ RIÊNG CỦA TỪNG CHUỖI"));
        rows.add(merged("1. Chuỗi Dừa"));
        rows.add(row(
                "1",
                "Hỗ trợ hợp tác xã dừa đạt chứng nhận hữu cơ.",
                "Tập huấn quy trình sản xuất hữu cơ.",
                "02 hợp tác xã được chứng nhận.",
                "Năm 2019 - 2020",
                "Sở Nông nghiệp và PTNT",
                "Hiệp hội dừa",
                "Các chương trình, dự án (AMD, Cabon thấp, JICA, ...)"));
        rows.add(row(
                "2.",
                "Kết nối doanh nghiệp chế biến với vùng nguyên liệu dừa.",
                "Hội nghị kết nối cung cầu.",
                "Mỗi năm ký ít nhất 01 hợp đồng bao tiêu.",
                "Từ tháng 04 đến tháng 12 hàng năm (2019-2020)",
                "Sở Công Thương",
                "UBND các huyện Mỏ Cày Nam, Chợ Lách",
                ""));
        rows.add(row("2:", "Chuỗi Bưởi", "", "", "", "", "", ""));
        rows.add(row(
                "1",
                "Phục tráng giống bưởi da xanh.",
                "Chọn cây đầu dòng.",
                "03 vườn cây đầu dòng được công nhận.",
                "2019",
                "Sở Nông nghiệp và PTNT",
                "Sở Khoa học và Công nghệ",
                "Các viện, trường"));
        return rows;
    }

    static List<String> governmentSections() {
        return List.of("I NHIỆM VỤ CHUNG CHO CÁC CHUỖI (2)", "II.1 Chuỗi Dừa (2)", "II.2 Chuỗi Bưởi (1)");
    }

    static List<Item> governmentItems() {
        return List.of(
                new Item(
                        "I",
                        "1",
                        "Rà soát các tổ hợp tác, hợp tác xã đang tham gia chuỗi.\nLập danh sách theo từng sản phẩm.\nĐề xuất cách củng cố.",
                        "Khảo sát tại các xã.\nHội nghị lấy ý kiến.",
                        "Danh sách được cập nhật mỗi năm.",
                        "Năm 2018\nNăm 2019\nNăm 2020",
                        "Sở Nông nghiệp và PTNT",
                        "Liên minh HTX tỉnh, Hội Nông dân tỉnh",
                        "Các viện, trường"),
                // Split by the page: the content's line went on after a space, the outputs' list after a new line.
                new Item(
                        "I",
                        "2",
                        "Xây dựng sàn giao dịch trực tuyến cho nông sản chủ lực của tỉnh.",
                        "Thuê đơn vị tư vấn thiết kế.\nĐào tạo người dùng.",
                        "01 sàn giao dịch hoạt động.\nÍt nhất 50 hợp tác xã bán hàng trên sàn.",
                        "6/2018-12/2019",
                        "Sở Công Thương",
                        "Sở Nông nghiệp và PTNT\nSở Tài chính",
                        null),
                new Item(
                        "II.1",
                        "1",
                        "Hỗ trợ hợp tác xã dừa đạt chứng nhận hữu cơ.",
                        "Tập huấn quy trình sản xuất hữu cơ.",
                        "02 hợp tác xã được chứng nhận.",
                        "Năm 2019 - 2020",
                        "Sở Nông nghiệp và PTNT",
                        "Hiệp hội dừa",
                        "Các chương trình, dự án (AMD, Cabon thấp, JICA, ...)"),
                new Item(
                        "II.1",
                        "2",
                        "Kết nối doanh nghiệp chế biến với vùng nguyên liệu dừa.",
                        "Hội nghị kết nối cung cầu.",
                        "Mỗi năm ký ít nhất 01 hợp đồng bao tiêu.",
                        "Từ tháng 04 đến tháng 12 hàng năm (2019-2020)",
                        "Sở Công Thương",
                        "UBND các huyện Mỏ Cày Nam, Chợ Lách",
                        null),
                new Item(
                        "II.2",
                        "1",
                        "Phục tráng giống bưởi da xanh.",
                        "Chọn cây đầu dòng.",
                        "03 vườn cây đầu dòng được công nhận.",
                        "2019",
                        "Sở Nông nghiệp và PTNT",
                        "Sở Khoa học và Công nghệ",
                        "Các viện, trường"));
    }

    static Layout governmentWord() {
        return new Layout(
                "khung-ke-hoach.docx",
                PlanFiles.docx(List.of("KHUNG KẾ HOẠCH HÀNH ĐỘNG"), List.of(governmentRows())),
                governmentSections(),
                governmentItems());
    }

    static Layout governmentExcel() {
        return new Layout(
                "khung-ke-hoach.xlsx",
                PlanFiles.xlsx("Phụ lục 2", List.of("KHUNG KẾ HOẠCH HÀNH ĐỘNG"), governmentRows()),
                governmentSections(),
                governmentItems());
    }

    static Layout governmentCsv() {
        return new Layout(
                "khung-ke-hoach.csv",
                PlanFiles.csv(governmentRows(), ';', StandardCharsets.UTF_8, true),
                governmentSections(),
                governmentItems());
    }

    // Another province's layout: a title block above the table, other column titles in another order (the
    // timeframe last), the columns' numbers under the header, Roman sections without a dot and lettered chains.
    static final String[] OTHER_HEADER = {
        "STT",
        "Nhiệm vụ",
        "Hoạt động",
        "Sản phẩm đầu ra",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Cơ quan hỗ trợ",
        "Thời gian hoàn thành"
    };

    static final List<String> TITLE_BLOCK = List.of(
            "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
            "Phụ lục II",
            "KHUNG KẾ HOẠCH PHÁT TRIỂN CHUỖI GIÁ TRỊ NÔNG SẢN",
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 10 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh)");

    static List<TableRow> titledRows() {
        return List.of(
                header(OTHER_HEADER),
                row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
                row("I", "Nhiệm vụ chung"),
                row(
                        "1",
                        "Tuyên truyền lợi ích của liên kết theo chuỗi.",
                        "Phát sóng phóng sự trên đài tỉnh.",
                        "12 phóng sự mỗi năm.",
                        "Sở Nông nghiệp và PTNT",
                        "Hội Nông dân tỉnh",
                        "",
                        "2019-2021"),
                row("II", "Nhiệm vụ theo từng chuỗi"),
                row("a", "Chuỗi Dừa"),
                row(
                        "1",
                        "Mở rộng vùng dừa xiêm xanh.",
                        "Hỗ trợ cây giống.",
                        "Thêm 200 ha dừa xiêm xanh.",
                        "UBND các huyện Mỏ Cày Nam, Chợ Lách",
                        "Sở Nông nghiệp và PTNT",
                        "Hiệp hội dừa",
                        "Năm 2020"),
                row("b)", "Chuỗi con Heo"),
                row(
                        "1",
                        "Xây dựng vùng chăn nuôi an toàn dịch bệnh.",
                        "Tiêm phòng định kỳ.",
                        "01 vùng được công nhận.",
                        "Sở Nông nghiệp và PTNT",
                        "UBND các huyện Mỏ Cày Nam",
                        "",
                        "Tháng 3-T8/2020"),
                row(
                        "2",
                        "Liên kết tiêu thụ heo thịt với doanh nghiệp.",
                        "Hội nghị khách hàng.",
                        "02 hợp đồng tiêu thụ.",
                        "Sở Công Thương",
                        "Liên minh HTX tỉnh",
                        "",
                        "2020 2021"));
    }

    static Layout titledExcel() {
        return new Layout(
                "phu-luc-2.xlsx",
                PlanFiles.xlsx("Khung", TITLE_BLOCK, titledRows()),
                List.of("I Nhiệm vụ chung (1)", "II.a Chuỗi Dừa (1)", "II.b Chuỗi con Heo (2)"),
                List.of(
                        new Item(
                                "I",
                                "1",
                                "Tuyên truyền lợi ích của liên kết theo chuỗi.",
                                "Phát sóng phóng sự trên đài tỉnh.",
                                "12 phóng sự mỗi năm.",
                                "2019-2021",
                                "Sở Nông nghiệp và PTNT",
                                "Hội Nông dân tỉnh",
                                null),
                        new Item(
                                "II.a",
                                "1",
                                "Mở rộng vùng dừa xiêm xanh.",
                                "Hỗ trợ cây giống.",
                                "Thêm 200 ha dừa xiêm xanh.",
                                "Năm 2020",
                                "UBND các huyện Mỏ Cày Nam, Chợ Lách",
                                "Sở Nông nghiệp và PTNT",
                                "Hiệp hội dừa"),
                        new Item(
                                "II.b",
                                "1",
                                "Xây dựng vùng chăn nuôi an toàn dịch bệnh.",
                                "Tiêm phòng định kỳ.",
                                "01 vùng được công nhận.",
                                "Tháng 3-T8/2020",
                                "Sở Nông nghiệp và PTNT",
                                "UBND các huyện Mỏ Cày Nam",
                                null),
                        new Item(
                                "II.b",
                                "2",
                                "Liên kết tiêu thụ heo thịt với doanh nghiệp.",
                                "Hội nghị khách hàng.",
                                "02 hợp đồng tiêu thụ.",
                                "2020 2021",
                                "Sở Công Thương",
                                "Liên minh HTX tỉnh",
                                null)));
    }

    static Layout titledWord() {
        Layout excel = titledExcel();
        return new Layout(
                "phu-luc-2.docx", PlanFiles.docx(TITLE_BLOCK, List.of(titledRows())), excel.sections(), excel.items());
    }

    // A plan of 2026 in another province: "Phần" sections, chains named with no number, the timeframe titled "Tiến
    // độ" and the agencies "Đơn vị …", quarters, halves and deadlines, one table per part.
    static final String[] NEW_HEADER = {
        "TT", "Nội dung", "Hoạt động", "Kết quả", "Tiến độ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Đơn vị hỗ trợ"
    };

    static Layout plan2026() {
        List<TableRow> general = List.of(
                header(NEW_HEADER),
                merged("Phần I. NHIỆM VỤ CHUNG"),
                row(
                        "1",
                        "Cập nhật mã số vùng trồng cho các hợp tác xã.",
                        "• Rà soát hồ sơ.\n• Cấp mã mới.",
                        "Mọi hợp tác xã trồng trọt có mã số vùng trồng.",
                        "Quý II/2026",
                        "Sở Nông nghiệp và Môi trường",
                        "Sở Công Thương",
                        ""),
                row(
                        "2",
                        "Ban hành quy chế phối hợp quản lý chuỗi.",
                        "Dự thảo và lấy ý kiến.",
                        "Quy chế được ban hành.",
                        "Trước 30/6/2026",
                        "Sở Nông nghiệp và Môi trường",
                        "Sở Tài chính",
                        ""),
                row(
                        "3",
                        "Đưa nông sản chủ lực lên sàn thương mại điện tử.",
                        "Tập huấn bán hàng trực tuyến.",
                        "30 hợp tác xã có gian hàng.",
                        "6 tháng cuối năm 2026",
                        "Sở Công Thương",
                        "Hội Nông dân tỉnh",
                        ""),
                row(
                        "4",
                        "Theo dõi, tổng hợp tiến độ thực hiện kế hoạch.",
                        "Báo cáo định kỳ.",
                        "Báo cáo 6 tháng và năm.",
                        "Thường xuyên",
                        "Sở Nông nghiệp và Môi trường",
                        "",
                        ""));
        List<TableRow> chains = List.of(
                header(NEW_HEADER),
                merged("Phần II. NHIỆM VỤ THEO CHUỖI"),
                merged("Chuỗi Bưởi da xanh"),
                row(
                        "1",
                        "Chứng nhận VietGAP cho vùng bưởi tập trung.",
                        "Hỗ trợ chi phí chứng nhận.",
                        "150 ha được chứng nhận.",
                        "quý 3 năm 2026",
                        "Sở Nông nghiệp và Môi trường",
                        "Liên minh HTX tỉnh",
                        ""),
                row(
                        "2",
                        "Ký hợp đồng bao tiêu bưởi với doanh nghiệp xuất khẩu.",
                        "Hội nghị kết nối.",
                        "03 hợp đồng.",
                        "đến hết tháng 9/2026",
                        "Sở Công Thương",
                        "",
                        ""),
                merged("Chuỗi Tôm càng xanh"),
                row(
                        "1",
                        "Hỗ trợ ao nuôi tôm càng xanh đạt chuẩn.",
                        "Tập huấn kỹ thuật.",
                        "Mỗi năm 20 ao đạt chuẩn.",
                        "Hằng năm",
                        "Sở Nông nghiệp và Môi trường",
                        "Hội Nông dân tỉnh",
                        ""),
                row(
                        "2",
                        "Thử nghiệm mô hình tôm - lúa.",
                        "Chọn hộ tham gia.",
                        "02 mô hình.",
                        "- Năm 2027\n- Năm 2028",
                        "Sở Nông nghiệp và Môi trường",
                        "",
                        ""),
                row(
                        "3",
                        "Tổng kết mô hình tôm - lúa.",
                        "Hội nghị tổng kết.",
                        "Báo cáo tổng kết.",
                        "Q4/2028",
                        "Sở Nông nghiệp và Môi trường",
                        "",
                        ""));
        return new Layout(
                "ke-hoach-2026.docx",
                PlanFiles.docx(
                        List.of("KẾ HOẠCH", "Phát triển chuỗi giá trị nông sản giai đoạn 2026-2030"),
                        List.of(general, chains)),
                List.of("I NHIỆM VỤ CHUNG (4)", "II.1 Chuỗi Bưởi da xanh (2)", "II.2 Chuỗi Tôm càng xanh (3)"),
                List.of(
                        new Item(
                                "I",
                                "1",
                                "Cập nhật mã số vùng trồng cho các hợp tác xã.",
                                "Rà soát hồ sơ.\nCấp mã mới.",
                                "Mọi hợp tác xã trồng trọt có mã số vùng trồng.",
                                "Quý II/2026",
                                "Sở Nông nghiệp và Môi trường",
                                "Sở Công Thương",
                                null),
                        new Item(
                                "I",
                                "2",
                                "Ban hành quy chế phối hợp quản lý chuỗi.",
                                "Dự thảo và lấy ý kiến.",
                                "Quy chế được ban hành.",
                                "Trước 30/6/2026",
                                "Sở Nông nghiệp và Môi trường",
                                "Sở Tài chính",
                                null),
                        new Item(
                                "I",
                                "3",
                                "Đưa nông sản chủ lực lên sàn thương mại điện tử.",
                                "Tập huấn bán hàng trực tuyến.",
                                "30 hợp tác xã có gian hàng.",
                                "6 tháng cuối năm 2026",
                                "Sở Công Thương",
                                "Hội Nông dân tỉnh",
                                null),
                        new Item(
                                "I",
                                "4",
                                "Theo dõi, tổng hợp tiến độ thực hiện kế hoạch.",
                                "Báo cáo định kỳ.",
                                "Báo cáo 6 tháng và năm.",
                                "Thường xuyên",
                                "Sở Nông nghiệp và Môi trường",
                                null,
                                null),
                        new Item(
                                "II.1",
                                "1",
                                "Chứng nhận VietGAP cho vùng bưởi tập trung.",
                                "Hỗ trợ chi phí chứng nhận.",
                                "150 ha được chứng nhận.",
                                "quý 3 năm 2026",
                                "Sở Nông nghiệp và Môi trường",
                                "Liên minh HTX tỉnh",
                                null),
                        new Item(
                                "II.1",
                                "2",
                                "Ký hợp đồng bao tiêu bưởi với doanh nghiệp xuất khẩu.",
                                "Hội nghị kết nối.",
                                "03 hợp đồng.",
                                "đến hết tháng 9/2026",
                                "Sở Công Thương",
                                null,
                                null),
                        new Item(
                                "II.2",
                                "1",
                                "Hỗ trợ ao nuôi tôm càng xanh đạt chuẩn.",
                                "Tập huấn kỹ thuật.",
                                "Mỗi năm 20 ao đạt chuẩn.",
                                "Hằng năm",
                                "Sở Nông nghiệp và Môi trường",
                                "Hội Nông dân tỉnh",
                                null),
                        new Item(
                                "II.2",
                                "2",
                                "Thử nghiệm mô hình tôm - lúa.",
                                "Chọn hộ tham gia.",
                                "02 mô hình.",
                                "- Năm 2027\n- Năm 2028",
                                "Sở Nông nghiệp và Môi trường",
                                null,
                                null),
                        new Item(
                                "II.2",
                                "3",
                                "Tổng kết mô hình tôm - lúa.",
                                "Hội nghị tổng kết.",
                                "Báo cáo tổng kết.",
                                "Q4/2028",
                                "Sở Nông nghiệp và Môi trường",
                                null,
                                null)));
    }

    /** The phases each timeframe of {@link #plan2026()} gives within a plan for 2026-2030, worked out by hand. */
    static final List<String> PLAN_2026_PHASES = List.of(
            "2026-04-01..2026-06-30",
            "2026-01-01..2026-06-29",
            "2026-07-01..2026-12-31",
            "2026-01-01..2030-12-31*",
            "2026-07-01..2026-09-30",
            "2026-01-01..2026-09-30",
            "2026-01-01..2030-12-31*",
            "2027-01-01..2027-12-31; 2028-01-01..2028-12-31",
            "2028-10-01..2028-12-31");

    // Appendix 1 as Bến Tre lays it out: "Thời gian" over the years' columns, a heading per product, the cooperative
    // described in one cell, "x" under the years it is due.
    static final List<TableRow> COOPERATIVES = List.of(
            header("TT", "Hợp tác xã", "Thời gian", "", "", ""),
            header("", "", "2017-2018", "2019", "2020", "2021-2025"),
            merged("I. Sản phẩm Dừa"),
            row(
                    "1",
                    "HTX dừa Tân Phong quy mô tối thiểu 80 ha, xã Định Thủy, huyện Mỏ Cày Nam.",
                    "x",
                    "",
                    "",
                    "Tiếp tục phát triển"),
            row("2", "HTX Nông nghiệp quy mô tối thiểu 60 ha xã Hòa Nghĩa, huyện Chợ Lách", "", "", "x", ""),
            merged("II. Sản phẩm Bưởi"),
            row("1", "HTX quy mô tối thiểu 30 ha tại xã Hòa Nghĩa, huyện Chợ Lách", "", "x", "", ""),
            row("2", "Củng cố và nâng cấp 02 HTX hiện có", "x", "x", "x", ""),
            merged("III. Sản phẩm Hoa kiểng"),
            row("1", "HTX quy mô tối thiểu 500.000 sản phẩm/năm tại xã Cái Mơn, huyện Chợ Lách", "x", "", "", ""),
            row("2", "Củng cố và nâng cấp HTX Vĩnh Thành, huyện Chợ Lách", "x", "x", "x", ""),
            merged("IV. Sản phẩm con Heo"),
            row("1", "HTX với quy mô tối thiểu 2.500 con tại xã Định Thủy, huyện Mỏ Cày Nam", "", "x", "", ""));

    /** The cooperatives {@link #COOPERATIVES} calls for: name, status, place, scale, period, as worked out by hand. */
    static final List<String> COOPERATIVES_READ = List.of(
            "HTX dừa Tân Phong | PLANNED | Xã Định Thủy | 80 HA | 2017-2018 | 2017-2018",
            "HTX Nông nghiệp Hòa Nghĩa | PLANNED | Xã Hòa Nghĩa | 60 HA | 2020 | 2020-2020",
            "HTX bưởi Hòa Nghĩa | PLANNED | Xã Hòa Nghĩa | 30 HA | 2019 | 2019-2019",
            "Củng cố và nâng cấp 02 HTX hiện có (1/2) | TO_CONSOLIDATE | Tỉnh Bến Tre |  | 2017-2020 | 2017-2020",
            "Củng cố và nâng cấp 02 HTX hiện có (2/2) | TO_CONSOLIDATE | Tỉnh Bến Tre |  | 2017-2020 | 2017-2020",
            "HTX hoa kiểng Cái Mơn | PLANNED | Huyện Chợ Lách | 500000 PRODUCT_PER_YEAR | 2017-2018 | 2017-2018",
            "HTX Vĩnh Thành | TO_CONSOLIDATE | Huyện Chợ Lách |  | 2017-2020 | 2017-2020",
            "HTX heo Định Thủy | PLANNED | Xã Định Thủy | 2500 HEAD | 2019 | 2019-2019");
}

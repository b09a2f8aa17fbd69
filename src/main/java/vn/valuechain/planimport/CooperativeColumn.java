package vn.valuechain.planimport;

import java.util.List;
import lombok.Getter;
import lombok.experimental.Accessors;

/**
 * The columns of the table of cooperatives to found or consolidate (Phụ lục 1): a cooperative per row, described in one
 * cell ("HTX … quy mô tối thiểu 100 ha, xã …, huyện …") or over several columns, and the periods it is due in, ticked
 * with "x" under years ({@link #PERIOD} is the group title above them, the years are read from the cells).
 */
@Getter // the TableColumn accessors titles() and required()
@Accessors(fluent = true)
public enum CooperativeColumn implements TableColumn {
    ORDINAL(true, "tt", "stt", "s/t", "s tt", "so tt", "so thu tu", "thu tu", "no"),
    NAME(
            true,
            "hop tac xa",
            "ten hop tac xa",
            "ten htx",
            "htx",
            "hop tac xa du kien",
            "ten hop tac xa du kien",
            "hop tac xa quy mo dia ban",
            "cooperative"),
    PRODUCT(false, "san pham", "san pham chu luc", "nganh hang", "chuoi", "chuoi gia tri"),
    COMMUNE(false, "xa", "xa/phuong", "xa phuong", "xa phuong thi tran", "dia ban xa", "xa/phuong/thi tran"),
    DISTRICT(false, "huyen", "huyen/thanh pho", "huyen thanh pho", "huyen thi xa thanh pho", "huyen/thi xa/thanh pho"),
    PLACE(false, "dia ban", "dia diem", "dia ban thuc hien"),
    SCALE(false, "quy mo", "quy mo toi thieu", "quy mo du kien"),
    KIND(false, "hinh thuc", "thanh lap moi/cung co", "xay dung moi/cung co", "thanh lap hay cung co"),
    PERIOD(false, "thoi gian", "giai doan", "thoi gian thanh lap", "thoi gian thuc hien", "nam", "period"),
    NOTE(false, "ghi chu");

    private final boolean required;
    private final List<String> titles;

    CooperativeColumn(boolean required, String... titles) {
        this.required = required;
        this.titles = List.of(titles);
    }

    @Override
    public String labelKey() {
        return "plan.import.cooperatives.column." + name();
    }
}

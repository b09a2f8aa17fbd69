package vn.valuechain.planimport;

import java.util.List;
import lombok.Getter;
import lombok.experimental.Accessors;

/**
 * The eight columns of the framework table (khung kế hoạch hành động) and the titles provinces give them, in the
 * government layout, other provinces' layouts and this product's own export (Vietnamese and English).
 */
@Getter // the TableColumn accessors: titles(), required(), labelKey()
@Accessors(fluent = true)
public enum FrameworkColumn implements TableColumn {
    ORDINAL(true, "framework.ordinal", "tt", "stt", "s/t", "s tt", "so tt", "so thu tu", "thu tu", "no"),
    CONTENT(
            true,
            "framework.content",
            "noi dung thuc hien",
            "nhiem vu",
            "noi dung",
            "chien luoc va hoat dong",
            "noi dung nhiem vu",
            "ten nhiem vu",
            "nhiem vu giai phap",
            "noi dung cong viec",
            "content"),
    INPUTS(
            false,
            "framework.inputActivities",
            "cac hoat dong dau vao",
            "hoat dong dau vao",
            "hoat dong",
            "cac hoat dong",
            "input activities"),
    OUTPUTS(
            false,
            "framework.expectedOutputs",
            "ket qua dau ra",
            "san pham dau ra",
            "ket qua",
            "ket qua du kien",
            "san pham",
            "expected outputs"),
    TIMEFRAME(
            true,
            "framework.timeframe",
            "thoi gian thuc hien",
            "thoi gian tien hanh",
            "thoi gian hoan thanh",
            "tien do",
            "tien do thuc hien",
            "thoi gian",
            "thoi han",
            "thoi han hoan thanh",
            "timeframe"),
    LEAD(
            true,
            "framework.lead",
            "co quan chu tri",
            "don vi chu tri",
            "chu tri",
            "co quan chu tri thuc hien",
            "lead agency"),
    COORDINATING(
            false,
            "framework.coordinating",
            "co quan phoi hop",
            "don vi phoi hop",
            "phoi hop",
            "co quan phoi hop thuc hien",
            "coordinating agencies"),
    SUPPORTING(false, "framework.supporting", "co quan ho tro", "don vi ho tro", "ho tro", "supporting agencies");

    private final boolean required;
    private final String labelKey;
    private final List<String> titles;

    FrameworkColumn(boolean required, String labelKey, String... titles) {
        this.required = required;
        this.labelKey = labelKey;
        this.titles = List.of(titles);
    }
}

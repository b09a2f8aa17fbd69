package vn.valuechain.shared.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** The date statuses are judged on: the one asked for (?on=dd/MM/yyyy), else today in Vietnam. */
public final class ReferenceDate {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReferenceDate() {}

    public static LocalDate orToday(LocalDate on) {
        return on != null ? on : LocalDate.now(VIETNAM);
    }
}

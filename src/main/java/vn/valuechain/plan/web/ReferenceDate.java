package vn.valuechain.plan.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** The date statuses are judged on: the one asked for (?on=dd/MM/yyyy), else today in Vietnam. */
final class ReferenceDate {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private ReferenceDate() {}

    static LocalDate orToday(LocalDate on) {
        return on != null ? on : LocalDate.now(VIETNAM);
    }
}

package vn.valuechain.shared.web;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.time.OfficeTime;

/** The date statuses are judged on: the one asked for (?on=dd/MM/yyyy), else the office's today. */
@Component
public class ReferenceDate {

    private final OfficeTime officeTime;

    ReferenceDate(OfficeTime officeTime) {
        this.officeTime = officeTime;
    }

    public LocalDate orToday(LocalDate on) {
        return on != null ? on : officeTime.today();
    }
}

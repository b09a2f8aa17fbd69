package vn.valuechain.shared.web;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.time.OfficeTime;

/** The date statuses are judged on: the one asked for (?on=dd/MM/yyyy), else the office's today. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReferenceDate {

    private final OfficeTime officeTime;

    public LocalDate orToday(LocalDate on) {
        return on != null ? on : officeTime.today();
    }
}

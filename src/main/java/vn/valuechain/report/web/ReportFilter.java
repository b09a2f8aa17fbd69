package vn.valuechain.report.web;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The report page's inputs, named as the dashboard's: a unit (with its name for the picker) and a date. */
@Getter
@Setter
public class ReportFilter {

    private Long unit;
    private String unitLabel;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate date;
}

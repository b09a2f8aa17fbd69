package vn.valuechain.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportPeriodType;
import vn.valuechain.report.OfficialDocument;
import vn.valuechain.report.OfficialDocx;
import vn.valuechain.report.OfficialPdf;
import vn.valuechain.report.OfficialReportService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.time.OfficeTime;

/**
 * "Báo cáo kết quả thực hiện kế hoạch" of a plan for a period ({@code period=Q1..Q4|H1|H2|Y}, {@code year}; the
 * current quarter by default), as Word to edit and sign, or as PDF. The office's report: not offered to local
 * officials (URL rules).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfficialReportController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final OfficialReportService reports;
    private final OfficialPdf pdf;
    private final OfficeTime officeTime;

    /** One report, as Word ({@code results.docx}) or PDF ({@code results.pdf}): only the writer differs. */
    @GetMapping("/reports/results.{type:docx|pdf}")
    void download(
            @PathVariable String type,
            @RequestParam long plan,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal UnitScopedUser user,
            HttpServletResponse response)
            throws IOException {
        ReportPeriod p = period(period, year);
        OfficialDocument document = reports.report(plan, p, user);
        boolean word = type.equals("docx");
        Exports.attachment(response, fileName(plan, p) + "." + type, word ? DOCX : MediaType.APPLICATION_PDF_VALUE);
        try (OutputStream out = response.getOutputStream()) {
            if (word) {
                OfficialDocx.write(document, out);
            } else {
                pdf.write(document, out);
            }
        }
    }

    /** Q1–Q4, H1–H2 or Y of the year; the current quarter when not given; anything else is a bad request. */
    private ReportPeriod period(String code, Integer year) {
        LocalDate today = officeTime.today();
        if (code == null || code.isBlank()) {
            ReportPeriod quarter = ReportPeriod.quarterOf(today);
            return year == null ? quarter : new ReportPeriod(quarter.type(), year, quarter.number());
        }
        int y = year == null ? today.getYear() : year;
        ReportPeriod p = switch (code) {
            case "Q1", "Q2", "Q3", "Q4" -> new ReportPeriod(ReportPeriodType.QUARTER, y, code.charAt(1) - '0');
            case "H1", "H2" -> new ReportPeriod(ReportPeriodType.HALF_YEAR, y, code.charAt(1) - '0');
            case "Y" -> new ReportPeriod(ReportPeriodType.YEAR, y, 1);
            default -> null;
        };
        if (p == null || !p.isValid()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period");
        }
        return p;
    }

    /** "bao-cao-ket-qua-ke-hoach-12-Q3-2026": a file name any system accepts. */
    private static String fileName(long plan, ReportPeriod p) {
        String code = switch (p.type()) {
            case QUARTER -> "Q" + p.number();
            case HALF_YEAR -> "H" + p.number();
            case YEAR -> "Y";
        };
        return "bao-cao-ket-qua-ke-hoach-" + plan + "-" + code + "-" + p.year();
    }
}

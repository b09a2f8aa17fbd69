package vn.valuechain.shared.table;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.IssuingBody;

/**
 * Builds the tables a page sends out (headers and labels in the reader's language) and writes them to the response
 * as {@code ?format=xlsx} or {@code ?format=csv} asked. A handler method that takes the response and returns nothing
 * has fully handled the request.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Exports {

    /** The query parameter a page adds to follow its export's progress. */
    public static final String PROGRESS_PARAM = "progress";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;
    private final ExportProgress progress;
    private final ObjectProvider<IssuingBody> issuer;
    private final OfficeTime officeTime;

    /** "Xuất lúc 10:00 06/12/2026 — Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long": when, and by which department. */
    private String generated() {
        String when = DATE_TIME.format(officeTime.now());
        IssuingBody body = issuer.getIfAvailable();
        String department = body == null ? null : body.departmentName();
        return department == null
                ? label("export.context.generatedAt", when)
                : label("export.context.generatedBy", when, department);
    }

    /** A table titled by a message, whose file is named {@code fileName-yyyy-MM-dd}. */
    public Builder table(String fileName, String titleKey, Object... titleArgs) {
        return new Builder(fileName, label(titleKey, titleArgs));
    }

    public String label(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** An enum constant as people read it: the message {@code enum.<Type>.<NAME>}; empty for null. */
    public String label(Enum<?> value) {
        return value == null ? null : label("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public String yesNo(boolean value) {
        return label(value ? "export.yes" : "export.no");
    }

    /** A stored moment as the office reads it (its time zone), for a {@link ColumnType#DATE_TIME} cell. */
    public LocalDateTime moment(Instant instant) {
        return officeTime.local(instant);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** As {@code ?format=} asked: xlsx or csv; anything else is a bad request. */
    public void send(TableExport table, String format, HttpServletRequest request, HttpServletResponse response) {
        send(
                table,
                ExportFormat.of(format).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)),
                request,
                response);
    }

    public void send(TableExport table, ExportFormat format, HttpServletRequest request, HttpServletResponse response) {
        ExportProgress.Tracker tracker =
                start(request, table.fileName(), format.extension(), format.mediaType(), response);
        try (OutputStream out = response.getOutputStream()) {
            if (format == ExportFormat.XLSX) {
                XlsxWriter.write(table, out, tracker);
            } else {
                CsvWriter.write(table, out, tracker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            tracker.done();
        }
    }

    /** Several tables as the sheets of one workbook. */
    public void sendWorkbook(
            String fileName, List<TableExport> sheets, HttpServletRequest request, HttpServletResponse response) {
        ExportFormat xlsx = ExportFormat.XLSX;
        ExportProgress.Tracker tracker = start(request, fileName, xlsx.extension(), xlsx.mediaType(), response);
        try (OutputStream out = response.getOutputStream()) {
            XlsxWriter.write(sheets, out, tracker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            tracker.done();
        }
    }

    /** Headers of a download named {@code <name>-<today>.<extension>} and the tracker of its progress. */
    public ExportProgress.Tracker start(
            HttpServletRequest request,
            String fileName,
            String extension,
            String mediaType,
            HttpServletResponse response) {
        attachment(response, fileName + "-" + officeTime.today() + "." + extension, mediaType);
        String user = request.getUserPrincipal() == null
                ? ""
                : request.getUserPrincipal().getName();
        return progress.start(request.getParameter(PROGRESS_PARAM), user);
    }

    private static String districtOfCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof UnitScopedUser user && user.isDistrictUser()
                ? user.getUnitName()
                : null;
    }

    /** The headers of a download by this name (UTF-8 names allowed). */
    public static void attachment(HttpServletResponse response, String fileName, String mediaType) {
        response.setContentType(mediaType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    public final class Builder {

        private final String fileName;
        private final String title;
        private final List<String> context = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<String> filters = new ArrayList<>();
        private String sheetName;
        private boolean unitSaid;

        private Builder(String fileName, String title) {
            this.fileName = fileName;
            this.title = title;
            this.sheetName = title;
        }

        public Builder sheetName(String key) {
            this.sheetName = label(key);
            return this;
        }

        /** A line under the title, from a message: the unit, the reference date, the filters applied. */
        public Builder context(String key, Object... args) {
            context.add(label(key, args));
            return this;
        }

        /** "Đơn vị: …" when the table is limited to a unit (and nothing when it is not). */
        public Builder unit(String unitName) {
            unitSaid = true;
            return unitName == null ? this : context("export.context.unit", unitName);
        }

        /**
         * A filter the table was read with, said as "label: value" on the filters line; skipped when not set. An enum
         * value is given by its label.
         */
        public Builder filter(String labelKey, Object value) {
            if (value == null || value.toString().isBlank()) {
                return this;
            }
            String text =
                    value instanceof Enum<?> e ? label(e) : value.toString().trim();
            filters.add(label(labelKey) + ": " + text);
            return this;
        }

        /** The list's search words, if any. */
        public Builder search(String words) {
            return filter("export.filter.search", words);
        }

        public Builder referenceDate(LocalDate date) {
            return context("export.context.referenceDate", DATE.format(date));
        }

        public Builder column(String headerKey, ColumnType type) {
            columns.add(new Column(label(headerKey), type));
            return this;
        }

        /** A column whose header quotes a value, e.g. a target period "2017-2018" as written in the plan. */
        public Builder column(String headerKey, ColumnType type, Object... headerArgs) {
            columns.add(new Column(label(headerKey, headerArgs), type));
            return this;
        }

        public Builder text(String... headerKeys) {
            for (String key : headerKeys) {
                column(key, ColumnType.TEXT);
            }
            return this;
        }

        public TableExport rows(RowSource rows) {
            List<String> lines = new ArrayList<>(context);
            String reach = districtOfCurrentUser();
            if (!unitSaid && reach != null) {
                // A district official's file holds only their unit's records: whoever reads it must know.
                lines.add(0, label("export.context.unit", reach));
            }
            if (!filters.isEmpty()) {
                lines.add(label("export.context.filters", String.join("; ", filters)));
            }
            lines.add(generated());
            return new TableExport(fileName, sheetName, title, lines, columns, rows);
        }
    }
}

package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.valuechain.shared.db.DatabaseBackup;

/** An administrator downloads a backup of the whole database (README: "Backups"), made while the application runs. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BackupController {

    private static final Logger log = LoggerFactory.getLogger(BackupController.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final DataSource dataSource;

    @GetMapping("/admin/backup")
    void download(Principal admin, HttpServletResponse response) throws IOException, SQLException {
        String name =
                "vco-backup-" + LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(STAMP) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
        long rows = DatabaseBackup.write(dataSource, response.getOutputStream());
        log.info("{} downloaded a backup of {} rows ({})", admin.getName(), rows, name);
    }
}

package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.shared.attachment.AttachmentRefusedException;
import vn.valuechain.shared.attachment.AttachmentRow;
import vn.valuechain.shared.attachment.AttachmentService;
import vn.valuechain.shared.history.HistoryEntry;

/**
 * The steps of a record page's attachments ("Tệp đính kèm"): list them with the record's history, add one, send one,
 * remove one. A record at {@code <path>/<id>} has its files at {@code <path>/<id>/attachments}: the registries' in
 * {@link RegistryAttachmentsController}, a plan's and a report's in their controllers, each first checking, with the
 * record's own service, that the user may see the record (a record out of reach is a 404, and so are its files). What
 * may be added or removed is in the URL rules.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AttachmentPages {

    /** The last part of the URL files are added at. */
    static final String ATTACHMENTS = "/attachments";

    private final AttachmentService attachments;

    /** The attachments of records of one type ("contract") whose pages are at {@code path} ("/contracts"). */
    public Attached of(String ownerType, String path) {
        return new Attached(ownerType, path);
    }

    /** Why a file was refused, shown beside the record page's file field after the redirect. */
    static void refused(RedirectAttributes redirect, String reasonKey, Object... args) {
        redirect.addFlashAttribute("attachmentProblem", reasonKey);
        redirect.addFlashAttribute("attachmentProblemArgs", args);
    }

    /** The record page an upload URL belongs to, at its attachments. */
    static String recordPage(String uploadPath) {
        return uploadPath.substring(0, uploadPath.length() - ATTACHMENTS.length()) + "#attachments";
    }

    public final class Attached {

        private final String ownerType;
        private final String path;

        private Attached(String ownerType, String path) {
            this.ownerType = ownerType;
            this.path = path;
        }

        /** The record page's files ("attachments") and its history with their comings and goings ("history"). */
        public void show(long id, List<HistoryEntry> history, Model model) {
            show(id, model);
            model.addAttribute("history", attachments.withAttachments(history, ownerType, id));
        }

        /** The record page's files, for a record without a history of its own, with the size allowed. */
        public void show(long id, Model model) {
            model.addAttribute("attachments", attachments.list(ownerType, id));
            model.addAttribute("attachmentMaxMegabytes", AttachmentService.MAX_MEGABYTES);
        }

        /** Adds the uploaded file and goes back to the record's files, saying it was added or why it was not. */
        public String add(long id, MultipartFile file, RedirectAttributes redirect) {
            String back = "redirect:" + path + "/" + id + "#attachments";
            if (file == null || file.isEmpty()) {
                refused(redirect, "attachment.file.empty");
                return back;
            }
            if (file.getSize() > AttachmentService.MAX_BYTES) {
                refused(redirect, "attachment.file.tooLarge", AttachmentService.MAX_MEGABYTES);
                return back;
            }
            Path upload = null;
            try {
                upload = Files.createTempFile("attachment-", ".upload");
                file.transferTo(upload);
                attachments.attach(ownerType, id, file.getOriginalFilename(), upload);
                redirect.addFlashAttribute("success", "attachment.added");
            } catch (AttachmentRefusedException e) {
                refused(redirect, e.reasonKey(), e.args());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(upload);
            }
            return back;
        }

        /**
         * Sends the file under its name and recognised type: PDF and images open in the browser, Word and Excel files
         * are saved. Not found when it is not one of this record's files.
         */
        public void download(long id, long fileId, HttpServletResponse response) throws IOException {
            AttachmentRow file = attachments.get(ownerType, id, fileId);
            response.setContentType(file.kind().mediaType());
            response.setContentLengthLong(file.sizeBytes());
            ContentDisposition.Builder disposition =
                    file.kind().shownInBrowser() ? ContentDisposition.inline() : ContentDisposition.attachment();
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    disposition
                            .filename(file.fileName(), StandardCharsets.UTF_8)
                            .build()
                            .toString());
            try (OutputStream out = response.getOutputStream()) {
                attachments.copy(file, out);
            }
        }

        /** Removes the file from the record and goes back to its files. */
        public String remove(long id, long fileId, RedirectAttributes redirect) {
            attachments.detach(ownerType, id, fileId);
            redirect.addFlashAttribute("success", "attachment.removed");
            return "redirect:" + path + "/" + id + "#attachments";
        }
    }

    private static void delete(Path upload) {
        if (upload != null) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                // A temporary file left behind is the system's to clean; the upload itself is done.
            }
        }
    }
}

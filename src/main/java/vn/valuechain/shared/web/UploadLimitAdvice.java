package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.shared.attachment.AttachmentService;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size} never reaches its controller: back to the page it
 * came from, with the same message as any file too large instead of an error page. For an import that is
 * {@code import.file.tooLarge}; for a record's attachment, the record page with the attachments' own message.
 * A post to an upload that is no upload at all (not {@code multipart/form-data}) is a bad request.
 */
@ControllerAdvice
class UploadLimitAdvice {

    static final long MAX_MEGABYTES = 10;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        String path = request.getServletPath();
        if (path.endsWith(AttachmentPages.ATTACHMENTS)) {
            AttachmentPages.refused(redirect, "attachment.file.tooLarge", AttachmentService.MAX_MEGABYTES);
            return "redirect:" + AttachmentPages.recordPage(path);
        }
        redirect.addFlashAttribute("uploadTooLarge", MAX_MEGABYTES);
        return "redirect:" + path;
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView notAnUpload() {
        return ErrorPages.page(HttpStatus.BAD_REQUEST);
    }
}

package vn.valuechain.shared.attachment;

import java.util.List;
import java.util.Locale;

/** The kinds of file a record may carry, as recognised from their content, with how they are served. */
public enum FileKind {
    PDF("application/pdf", true, "pdf"),
    JPEG("image/jpeg", true, "jpg", "jpeg"),
    PNG("image/png", true, "png"),
    GIF("image/gif", true, "gif"),
    TIFF("image/tiff", false, "tif", "tiff"),
    WEBP("image/webp", true, "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, "docx"),
    DOC("application/msword", false, "doc"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, "xlsx"),
    XLS("application/vnd.ms-excel", false, "xls");

    private final String mediaType;
    private final boolean shownInBrowser;
    private final List<String> extensions;

    FileKind(String mediaType, boolean shownInBrowser, String... extensions) {
        this.mediaType = mediaType;
        this.shownInBrowser = shownInBrowser;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** A browser shows it itself (PDF and common images), so it opens in a tab; anything else is saved. */
    public boolean shownInBrowser() {
        return shownInBrowser;
    }

    /**
     * The name to save the file under: as uploaded when its extension fits what it holds, else with the right one
     * added ("scan.jpg" holding a PDF is "scan.jpg.pdf"), so that the computer opens it with the right program.
     */
    public String fileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extensions.contains(extension) ? name : name + "." + extensions.get(0);
    }
}

package vn.valuechain.shared.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, from its content only (never its name or the type the browser claims): the first bytes for PDF and
 * images; for Word and Excel the structure of the container, the parts list of a zip (.docx, .xlsx) read from its
 * central directory without expanding anything, or the streams of an OLE2 file (.doc, .xls). Anything else, an
 * encrypted Office file, a macro-enabled one or a damaged one is refused with its reason.
 */
final class FileSniffer {

    /** [Content_Types].xml of a real document is a few kilobytes. */
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;

    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private FileSniffer() {}

    static FileKind kindOf(Path file) {
        try {
            byte[] head = head(file);
            if (Arrays.equals(head, 0, 4, RIFF, 0, 4) && Arrays.equals(head, 8, 12, WEBP, 0, 4)) {
                return FileKind.WEBP;
            }
            return switch (FileMagic.valueOf(head)) {
                case PDF -> FileKind.PDF;
                case JPEG -> FileKind.JPEG;
                case PNG -> FileKind.PNG;
                case GIF -> FileKind.GIF;
                case TIFF -> FileKind.TIFF;
                case OOXML -> office(file);
                case OLE2 -> ole2(file);
                default -> throw new AttachmentRefusedException("attachment.file.unsupported");
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRefusedException refused) {
                throw refused;
            }
            throw new AttachmentRefusedException("attachment.file.corrupt");
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.copyOf(in.readNBytes(16), 16);
        }
    }

    /** A zip is a Word or Excel document when its parts list says its main part is one. */
    private static FileKind office(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types == null || types.getSize() > MAX_CONTENT_TYPES) {
                throw new AttachmentRefusedException("attachment.file.unsupported");
            }
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(MAX_CONTENT_TYPES), StandardCharsets.UTF_8);
            }
            if (declared.contains("wordprocessingml.document.main+xml") && zip.getEntry("word/document.xml") != null) {
                return FileKind.DOCX;
            }
            if (declared.contains("spreadsheetml.sheet.main+xml") && zip.getEntry("xl/workbook.xml") != null) {
                return FileKind.XLSX;
            }
            throw new AttachmentRefusedException("attachment.file.unsupported");
        }
    }

    /** An OLE2 file holds an old .doc or .xls, or an encrypted (password-protected) .docx or .xlsx. */
    private static FileKind ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new AttachmentRefusedException("attachment.file.encrypted");
            }
            if (root.hasEntry("WordDocument")) {
                return FileKind.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return FileKind.XLS;
            }
            throw new AttachmentRefusedException("attachment.file.unsupported");
        }
    }
}

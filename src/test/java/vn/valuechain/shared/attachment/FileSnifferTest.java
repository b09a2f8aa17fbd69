package vn.valuechain.shared.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is recognised by what it holds, whatever it is called; anything else is refused with the reason. */
class FileSnifferTest {

    static final String DOCX_TYPES = "<Types><Override PartName=\"/word/document.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    @TempDir
    Path dir;

    FileKind kindOf(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        return FileSniffer.kindOf(file);
    }

    void refused(byte[] content, String reason) {
        assertThatThrownBy(() -> kindOf(content))
                .isInstanceOf(AttachmentRefusedException.class)
                .extracting(e -> ((AttachmentRefusedException) e).reasonKey())
                .isEqualTo(reason);
    }

    @Test
    void documentsAndImagesAreRecognisedByTheirContent() throws IOException {
        assertThat(kindOf(SampleFiles.pdf("Hợp đồng đã ký"))).isEqualTo(FileKind.PDF);
        assertThat(kindOf(SampleFiles.image("png"))).isEqualTo(FileKind.PNG);
        assertThat(kindOf(SampleFiles.image("jpeg"))).isEqualTo(FileKind.JPEG);
        assertThat(kindOf(SampleFiles.image("gif"))).isEqualTo(FileKind.GIF);
        assertThat(kindOf(SampleFiles.image("tiff"))).isEqualTo(FileKind.TIFF);
        assertThat(kindOf(SampleFiles.webp())).isEqualTo(FileKind.WEBP);
        assertThat(kindOf(SampleFiles.docx("Phụ lục"))).isEqualTo(FileKind.DOCX);
        assertThat(kindOf(SampleFiles.xlsx())).isEqualTo(FileKind.XLSX);
        assertThat(kindOf(SampleFiles.ole2("WordDocument"))).isEqualTo(FileKind.DOC);
        assertThat(kindOf(SampleFiles.ole2("Workbook"))).isEqualTo(FileKind.XLS);
    }

    @Test
    void otherContentIsRefusedWhateverItClaims() {
        refused(
                SampleFiles.bytes("<!DOCTYPE html><html><script>alert(1)</script></html>"),
                "attachment.file.unsupported");
        refused(SampleFiles.bytes("MZ\u0090\0\u0003\0\0\0 a Windows program"), "attachment.file.unsupported");
        refused(SampleFiles.bytes("Số liệu;12,5\n"), "attachment.file.unsupported");
        // A zip that is not an Office document, and Word's macro-enabled and template kinds.
        refused(SampleFiles.zip(null, "readme.txt"), "attachment.file.unsupported");
        refused(
                SampleFiles.zip(
                        DOCX_TYPES.replace("wordprocessingml.document", "wordprocessingml.template"),
                        "word/document.xml"),
                "attachment.file.unsupported");
        refused(
                SampleFiles.zip(
                        "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
                        "word/document.xml"),
                "attachment.file.unsupported");
        refused(SampleFiles.ole2("PowerPoint Document"), "attachment.file.unsupported");
    }

    @Test
    void aWordDocumentNeedsItsMainPart() throws IOException {
        assertThat(kindOf(SampleFiles.zip(DOCX_TYPES, "word/document.xml"))).isEqualTo(FileKind.DOCX);
        refused(SampleFiles.zip(DOCX_TYPES, "word/styles.xml"), "attachment.file.unsupported");
    }

    @Test
    void encryptedAndDamagedFilesAreRefusedWithTheirReason() {
        refused(SampleFiles.ole2("EncryptionInfo"), "attachment.file.encrypted");
        byte[] docx = SampleFiles.docx("Phụ lục");
        refused(Arrays.copyOf(docx, docx.length / 2), "attachment.file.corrupt");
    }

    @Test
    void theNameKeepsWhatTheComputerCalledItWithoutFolders() {
        assertThat(AttachmentService.cleanName("C:\\fakepath\\Hợp đồng HĐLK-01.pdf"))
                .isEqualTo("Hợp đồng HĐLK-01.pdf");
        assertThat(AttachmentService.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentService.cleanName("bản\u0000quét\n.pdf")).isEqualTo("bảnquét.pdf");
        assertThat(AttachmentService.cleanName("")).isEqualTo("tep-dinh-kem");
        assertThat(AttachmentService.cleanName(null)).isEqualTo("tep-dinh-kem");
        assertThat(AttachmentService.cleanName(".pdf")).isEqualTo("tep-dinh-kem.pdf");
        String longName = "a".repeat(300) + ".docx";
        assertThat(AttachmentService.cleanName(longName)).hasSize(200).endsWith("a.docx");
    }

    @Test
    void aFileIsSavedWithTheExtensionOfWhatItHolds() {
        assertThat(FileKind.PDF.fileName("Hop dong.PDF")).isEqualTo("Hop dong.PDF");
        assertThat(FileKind.PDF.fileName("scan.jpg")).isEqualTo("scan.jpg.pdf");
        assertThat(FileKind.JPEG.fileName("anh.jpeg")).isEqualTo("anh.jpeg");
        assertThat(FileKind.XLSX.fileName("so-lieu")).isEqualTo("so-lieu.xlsx");
    }
}

package vn.valuechain.shared.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.history.DisplayValue;
import vn.valuechain.shared.history.FieldChange;
import vn.valuechain.shared.history.HistoryEntry;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Files attached to records, kept in the database: a record is named by its type ("contract", "plan") and id, and the
 * caller has already checked that the user may see it (each feature's own {@code details(id, user)}). A file is at
 * most {@value #MAX_MEGABYTES} MB, recognised by its content ({@link FileKind}), written from the uploaded file on disk
 * and read back in slices of {@value #SLICE_BYTES} bytes: neither way is the whole file held in memory.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AttachmentService {

    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    static final int SLICE_BYTES = 1024 * 1024;

    private static final int MAX_NAME = 200;
    private static final String DEFAULT_NAME = "tep-dinh-kem";

    private final AttachmentRepository attachments;
    private final JdbcClient jdbc;

    /** The record's files, newest first. */
    public List<AttachmentRow> list(String ownerType, long ownerId) {
        return attachments.findRows(ownerType, ownerId);
    }

    /** One file of the record; not found when it belongs to another record. */
    public AttachmentRow get(String ownerType, long ownerId, long id) {
        return attachments.findRow(id, ownerType, ownerId).orElseThrow(() -> new NotFoundException("Attachment", id));
    }

    /**
     * Attaches the file (uploaded to {@code file} on disk) to the record under its own name, refused with the reason
     * when it is empty, too large, not of a kind recognised by its content, or already attached to the record.
     */
    @Transactional
    public long attach(String ownerType, long ownerId, String fileName, Path file) {
        long size = size(file);
        if (size == 0) {
            throw new AttachmentRefusedException("attachment.file.empty");
        }
        if (size > MAX_BYTES) {
            throw new AttachmentRefusedException("attachment.file.tooLarge", MAX_MEGABYTES);
        }
        FileKind kind = FileSniffer.kindOf(file);
        String sha256 = sha256(file);
        List<String> same = attachments.findNamesWithContent(ownerType, ownerId, sha256);
        if (!same.isEmpty()) {
            throw new AttachmentRefusedException("attachment.file.duplicate", same.get(0));
        }
        Attachment attachment = attachments.saveAndFlush(
                new Attachment(ownerType, ownerId, kind.fileName(cleanName(fileName)), kind, size, sha256));
        try (InputStream in = Files.newInputStream(file)) {
            jdbc.sql("insert into attachment_content (attachment_id, content) values (?, ?)")
                    .params(attachment.getId(), new SqlBinaryValue(in, size))
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attachment.getId();
    }

    /**
     * Writes the file's bytes to {@code out}, a slice at a time. Outside any transaction, so that a slow download
     * holds a database connection only while a slice is read, not for as long as the user's line takes.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void copy(AttachmentRow attachment, OutputStream out) throws IOException {
        for (int from = 0; from < attachment.sizeBytes(); from += SLICE_BYTES) {
            byte[] slice = jdbc.sql(
                            "select substring(content from ? for ?) from attachment_content where attachment_id = ?")
                    .params(from + 1, SLICE_BYTES, attachment.id())
                    .query(byte[].class)
                    .optional()
                    .orElseThrow(() -> new NotFoundException("Attachment", attachment.id()));
            out.write(slice);
        }
    }

    /** Removes the file from the record; the history keeps that it was there, and who removed it when. */
    @Transactional
    public String detach(String ownerType, long ownerId, long id) {
        Attachment attachment = attachments
                .findByIdAndOwnerTypeAndOwnerId(id, ownerType, ownerId)
                .orElseThrow(() -> new NotFoundException("Attachment", id));
        attachments.delete(attachment);
        return attachment.getFileName();
    }

    /** The record's own history with its files' comings and goings, newest first. */
    public List<HistoryEntry> withAttachments(List<HistoryEntry> history, String ownerType, long ownerId) {
        List<HistoryEntry> entries = new ArrayList<>(history);
        entries.addAll(jdbc.sql("""
                        select a.rev, r.timestamp, r.username, a.revtype, a.file_name
                        from attachment_aud a join revision r on r.id = a.rev
                        where a.owner_type = ? and a.owner_id = ? and a.revtype in (0, 2)
                        """)
                .params(ownerType, ownerId)
                .query((rs, i) -> new HistoryEntry(
                        rs.getLong("rev"),
                        Instant.ofEpochMilli(rs.getLong("timestamp")),
                        rs.getString("username"),
                        rs.getInt("revtype") == 0 ? HistoryEntry.Kind.ATTACHED : HistoryEntry.Kind.DETACHED,
                        List.of(new FieldChange(
                                "file",
                                "attachment.file",
                                new DisplayValue("", null),
                                new DisplayValue(rs.getString("file_name"), null)))))
                .list());
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    /** The name as the user's computer called it, without folders or control characters, and not too long. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        // ".pdf" alone would be a hidden file on the user's computer.
        return name.isEmpty() || name.startsWith(".") ? DEFAULT_NAME + name : name;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.valuechain.shared.attachment;

import java.time.Instant;

/** A file as a record's page lists it and a download sends it. */
public record AttachmentRow(
        long id, String fileName, FileKind kind, long sizeBytes, String createdBy, Instant createdAt) {}

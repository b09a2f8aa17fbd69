package vn.valuechain.shared.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.valuechain.shared.jpa.AuditedEntity;

/**
 * A file attached to a record, named by the record's type ("contract") and id; its bytes are in
 * {@code attachment_content}, read and written in SQL by {@link AttachmentService} so that they never load as a whole.
 */
@Entity
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Attachment extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String ownerType;

    @Column(nullable = false, updatable = false)
    private long ownerId;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private FileKind kind;

    private long sizeBytes;

    private String sha256;

    Attachment(String ownerType, long ownerId, String fileName, FileKind kind, long sizeBytes, String sha256) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.kind = kind;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }
}

package vn.valuechain.shared.attachment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("""
            select new vn.valuechain.shared.attachment.AttachmentRow(
                a.id, a.fileName, a.kind, a.sizeBytes, a.createdBy, a.createdAt)
            from Attachment a where a.ownerType = :ownerType and a.ownerId = :ownerId
            order by a.createdAt desc, a.id desc
            """)
    List<AttachmentRow> findRows(String ownerType, long ownerId);

    @Query("""
            select new vn.valuechain.shared.attachment.AttachmentRow(
                a.id, a.fileName, a.kind, a.sizeBytes, a.createdBy, a.createdAt)
            from Attachment a where a.id = :id and a.ownerType = :ownerType and a.ownerId = :ownerId
            """)
    Optional<AttachmentRow> findRow(long id, String ownerType, long ownerId);

    Optional<Attachment> findByIdAndOwnerTypeAndOwnerId(long id, String ownerType, long ownerId);

    @Query("""
            select a.fileName from Attachment a
            where a.ownerType = :ownerType and a.ownerId = :ownerId and a.sha256 = :sha256
            """)
    List<String> findNamesWithContent(String ownerType, long ownerId, String sha256);
}

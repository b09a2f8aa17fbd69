package vn.valuechain.shared.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import lombok.Getter;
import org.hibernate.envers.Audited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** Identity, optimistic-locking version and who/when of every editable record. */
@Getter
@Audited
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(updatable = false)
    private String createdBy;

    @LastModifiedDate
    private Instant updatedAt;

    @LastModifiedBy
    private String updatedBy;

    /** Records a change that touched no field of its own (a restore), so that the history shows it. */
    public void markChanged(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Who saved it last: its last editor, or its creator when nobody has edited it since. */
    public String lastChangedBy() {
        return updatedBy != null ? updatedBy : createdBy;
    }

    /** When it was saved last (see {@link #lastChangedBy()}). */
    public Instant lastChangedAt() {
        return updatedAt != null ? updatedAt : createdAt;
    }
}

package vn.valuechain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An in-app message (report submitted, returned, accepted), written once and only marked read later. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Setter(AccessLevel.NONE)
    private Long id;

    /** The app_user it is for; a bare id so notifications need nothing of the user package. */
    @Column(nullable = false, updatable = false)
    private Long recipientId;

    /** A message-bundle key, rendered in the reader's language when shown rather than when sent. */
    @Column(nullable = false, updatable = false)
    private String messageKey;

    @Column(updatable = false)
    private String messageArgs;

    @Column(updatable = false)
    private String link;

    private Instant readAt;

    @Column(nullable = false, updatable = false)
    @Setter(AccessLevel.NONE)
    private Instant createdAt = Instant.now();

    public Notification(Long recipientId, String messageKey, String messageArgs, String link) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.link = link;
    }

    public boolean isRead() {
        return readAt != null;
    }
}

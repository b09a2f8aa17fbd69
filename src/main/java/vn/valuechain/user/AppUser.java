package vn.valuechain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.shared.jpa.AuditedEntity;

@Entity
@Getter
@Setter
@NoArgsConstructor
public class AppUser extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private String username;

    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    /** The unit a DISTRICT user works for; they see it and everything below it. */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit administrativeUnit;

    private boolean enabled = true;

    private boolean mustChangePassword;

    /** Where reminders go; without one, only the in-app notifications. */
    private String email;

    /** The user's own choice to receive the daily reminder digest by e-mail. */
    private boolean emailReminders = true;

    public AppUser(String username, String passwordHash, String displayName, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
    }
}

package vn.valuechain.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeLevel;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.web.NotFoundException;

/** Accounts: the admin creates, edits, disables and resets them; each user changes their own password. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final GeoService geo;

    public Page<UserRow> list(Pageable pageable) {
        return users.findRows(pageable);
    }

    public AppUser get(long id) {
        return users.findWithUnitById(id).orElseThrow(() -> new NotFoundException("AppUser", id));
    }

    public boolean usernameTaken(String username) {
        return users.existsByUsernameIgnoreCase(username.trim());
    }

    /** The ids of the enabled users of a role, to address messages to them. */
    public List<Long> enabledIdsWithRole(Role role) {
        return users.findEnabledIdsByRole(role);
    }

    public Optional<Long> idOf(String username) {
        return username == null ? Optional.empty() : users.findIdByUsername(username);
    }

    public long count() {
        return users.count();
    }

    @Transactional
    public AppUser create(String username, String displayName, Role role, Long unitId, String initialPassword) {
        AppUser user = new AppUser(username.trim(), passwordEncoder.encode(initialPassword), displayName.trim(), role);
        user.setAdministrativeUnit(unitFor(role, unitId));
        // Whoever chose this password is not its owner: the owner replaces it at first sign-in.
        user.setMustChangePassword(true);
        return users.save(user);
    }

    @Transactional
    public AppUser update(long id, long version, String displayName, Role role, Long unitId, boolean enabled) {
        AppUser user = get(id);
        StaleEdit.check(user, version);
        user.setDisplayName(displayName.trim());
        user.setRole(role);
        user.setAdministrativeUnit(unitFor(role, unitId));
        user.setEnabled(enabled);
        return user;
    }

    /** The address reminders are sent to (blank: none). */
    @Transactional
    public void setEmail(long id, String email) {
        get(id).setEmail(email == null || email.isBlank() ? null : email.strip());
    }

    /** A user's own e-mail settings: their address and whether they want the daily reminder digest. */
    @Transactional
    public void setOwnEmail(long id, String email, boolean reminders) {
        setEmail(id, email);
        get(id).setEmailReminders(reminders);
    }

    /** Who gets the daily reminder digest: enabled users of these roles with an address who did not turn it off. */
    public List<ReminderRecipient> reminderRecipients(Collection<Role> roles) {
        return users.findReminderRecipients(roles);
    }

    @Transactional
    public void resetPassword(long id, String temporaryPassword) {
        AppUser user = get(id);
        user.setPasswordHash(passwordEncoder.encode(temporaryPassword));
        user.setMustChangePassword(true);
    }

    /** Returns false when the current password is wrong. */
    @Transactional
    public boolean changeOwnPassword(long id, String currentPassword, String newPassword) {
        AppUser user = get(id);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            return false;
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setMustChangePassword(false);
        return true;
    }

    /** The principal as it now stands in the database, to refresh the session after a change. */
    public AppUserPrincipal principal(long id) {
        return new AppUserPrincipal(get(id));
    }

    /** Why this unit cannot be given to a DISTRICT user (a message key), or null when it can. */
    public String unitProblem(Role role, Long unitId) {
        if (role != Role.DISTRICT) {
            return null;
        }
        if (unitId == null) {
            return "user.unit.required";
        }
        return geo.get(unitId).getLevel() == AdministrativeLevel.PROVINCE ? "user.unit.wrongLevel" : null;
    }

    /** Only a DISTRICT user is bound to a unit, and it must be a district or a commune. */
    private AdministrativeUnit unitFor(Role role, Long unitId) {
        if (role != Role.DISTRICT) {
            return null;
        }
        if (unitId == null) {
            throw new IllegalArgumentException("A DISTRICT user needs a unit");
        }
        AdministrativeUnit unit = geo.get(unitId);
        if (unit.getLevel() == AdministrativeLevel.PROVINCE) {
            throw new IllegalArgumentException("A DISTRICT user is bound to a district or commune");
        }
        return unit;
    }
}

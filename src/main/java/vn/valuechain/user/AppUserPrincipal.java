package vn.valuechain.user;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.valuechain.shared.security.PasswordChangeRequiredFilter;
import vn.valuechain.shared.security.UnitScopedUser;

/** The signed-in user as Spring Security holds it in the session. */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer, UnitScopedUser {

    // Sessions are kept in the database (serialized): a stated version lets a compatible change of this class read
    // the sessions written before it.
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long unitId;
    private final String unitName;
    private final boolean enabled;
    private final boolean mustChangePassword;

    AppUserPrincipal(AppUser user) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.unitId = user.getAdministrativeUnit() == null
                ? null
                : user.getAdministrativeUnit().getId();
        this.unitName = user.getAdministrativeUnit() == null
                ? null
                : user.getAdministrativeUnit().getName();
        this.enabled = user.isEnabled();
        this.mustChangePassword = user.isMustChangePassword();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (mustChangePassword) {
            authorities.add(new SimpleGrantedAuthority(PasswordChangeRequiredFilter.AUTHORITY));
        }
        return authorities;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Long getUnitId() {
        return role == Role.DISTRICT ? unitId : null;
    }

    @Override
    public String getUnitName() {
        return role == Role.DISTRICT ? unitName : null;
    }

    @Override
    public boolean isDistrictUser() {
        return role == Role.DISTRICT;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

package vn.valuechain.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The registry's URL rules let every role GET its pages, forms included, and refuse the POST of anyone but
 * ADMIN and STAFF. A form its reader could never save is refused too, with the same 403, so nobody fills in
 * a form in vain. (SecurityConfiguration's REGISTRY_FORMS rule, added on main meanwhile, refuses the same
 * URLs; once both are in one branch this class is a second, redundant guard and may go.)
 */
public final class RegistryEditors {

    private RegistryEditors() {}

    public static void require(Authentication auth) {
        boolean editor = auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(a -> a.equals("ROLE_" + SecurityConfiguration.ADMIN)
                                || a.equals("ROLE_" + SecurityConfiguration.STAFF));
        if (!editor) {
            throw new AccessDeniedException("Only ADMIN and STAFF edit the registry");
        }
    }
}

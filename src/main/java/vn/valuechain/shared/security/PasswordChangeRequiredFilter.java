package vn.valuechain.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user with a generated or reset password must choose their own before using anything else.
 * The user feature marks such a principal with the {@link #AUTHORITY} authority.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    public static final String AUTHORITY = "PASSWORD_CHANGE_REQUIRED";
    static final String CHANGE_URL = "/account/password";
    private static final Set<String> ALLOWED_PREFIXES =
            Set.of(CHANGE_URL, "/logout", "/login", "/error", "/css/", "/js/", "/images/", "/webjars/", "/actuator/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null
                && auth.getAuthorities().stream().anyMatch(a -> AUTHORITY.equals(a.getAuthority()))
                && ALLOWED_PREFIXES.stream().noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + CHANGE_URL);
            return;
        }
        chain.doFilter(request, response);
    }
}

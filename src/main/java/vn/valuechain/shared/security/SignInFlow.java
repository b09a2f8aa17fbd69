package vn.valuechain.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.valuechain.shared.db.DatabaseUnavailable;
import vn.valuechain.shared.security.SignInAttempts.Refusal;

/**
 * The form sign-in around Spring Security's own check of the password: a locked name or a too-busy address is refused
 * before the password is looked at; failures are counted; a database that cannot be reached is said as such, never as
 * a wrong password; a signed-in session gets the administrator's inactivity timeout. The login page's messages
 * ({@code ?error}, {@code ?locked}, {@code ?slow}, {@code ?unavailable}) never tell whether a name exists.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class SignInFlow {

    static final String LOGIN = "/login";

    private final SignInAttempts attempts;
    private final SessionTimeout timeout;

    /** Runs before the password check, on the form's POST only. */
    OncePerRequestFilter refusals() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                return !("POST".equals(request.getMethod()) && LOGIN.equals(path));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Refusal refusal;
                try {
                    refusal = attempts.refusal(request.getParameter("username"), request.getRemoteAddr());
                } catch (DataAccessException | TransactionException e) {
                    if (!DatabaseUnavailable.isCause(e)) {
                        throw e;
                    }
                    redirect(request, response, "unavailable");
                    return;
                }
                if (refusal != null) {
                    redirect(request, response, query(refusal));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failure() {
        return (request, response, exception) -> redirect(request, response, outcome(request, exception));
    }

    AuthenticationSuccessHandler success() {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            signedIn(request, authentication);
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private void signedIn(HttpServletRequest request, Authentication authentication) {
        attempts.succeeded(authentication.getName());
        // The standard inactivity interval, so it holds for the container's sessions and Spring Session's alike.
        request.getSession().setMaxInactiveInterval(timeout.minutes() * 60);
    }

    private String outcome(HttpServletRequest request, AuthenticationException exception) {
        if (exception instanceof InternalAuthenticationServiceException && DatabaseUnavailable.isCause(exception)) {
            return "unavailable"; // the password was never checked: it must not be called wrong
        }
        try {
            Refusal refusal = attempts.failed(request.getParameter("username"), request.getRemoteAddr());
            return refusal == null ? "error" : query(refusal);
        } catch (DataAccessException | TransactionException e) {
            if (DatabaseUnavailable.isCause(e)) {
                return "unavailable";
            }
            throw e;
        }
    }

    private static String query(Refusal refusal) {
        return refusal.kind() == Refusal.Kind.ACCOUNT ? "locked" : "slow";
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String query)
            throws IOException {
        response.sendRedirect(request.getContextPath() + LOGIN + "?" + query);
    }
}

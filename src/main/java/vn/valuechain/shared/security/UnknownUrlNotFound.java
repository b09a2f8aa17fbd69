package vn.valuechain.shared.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Anything not listed in the rules is denied; but a URL that no page answers is "not found" (404), as a signed-in
 * user expects, not "forbidden" (403), which would hint that something is there. A form sent after the session
 * expired (its CSRF token went with the session) leads to the login page, which says so; the page kept the draft.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class UnknownUrlNotFound implements AccessDeniedHandler {

    private final RequestMappingHandlerMapping mappings;
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        if (exception instanceof CsrfException
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()) {
            response.sendRedirect(request.getContextPath() + SignInFlow.LOGIN + "?expired");
        } else if (isUnknown(request)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            denied.handle(request, response, exception);
        }
    }

    private boolean isUnknown(HttpServletRequest request) {
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return mappings.getHandler(request) == null;
        } catch (Exception e) {
            return false; // a known URL asked the wrong way (e.g. GET of a POST-only action): denied as before
        }
    }
}

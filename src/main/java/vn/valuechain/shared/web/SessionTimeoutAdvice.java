package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in session's inactivity timeout, for the layout's warning before it expires (app.js). */
@ControllerAdvice
class SessionTimeoutAdvice {

    @ModelAttribute("sessionTimeoutSeconds")
    Integer sessionTimeoutSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null || request.getUserPrincipal() == null ? null : session.getMaxInactiveInterval();
    }
}

package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.valuechain.shared.db.DatabaseUnavailable;

/**
 * Every error the servlet container answers (a bad request, an unknown URL, a failure in a filter such as signing
 * in while the database is down) gets a themed Vietnamese page, never Boot's or Tomcat's English one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ErrorPages implements ErrorViewResolver {

    /** The statuses with a page of their own in {@code templates/error/}; any other gets the generic page. */
    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 500, 503);

    private final ErrorAttributes errorAttributes;

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        if (failure != null && DatabaseUnavailable.isCause(failure)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
        }
        ModelAndView page = page(status);
        page.addAllObjects(model);
        return page;
    }

    static ModelAndView page(HttpStatus status) {
        ModelAndView page =
                new ModelAndView(PAGES.contains(status.value()) ? "error/" + status.value() : "error/error", status);
        page.addObject("status", status.value());
        // The session (and the CSRF token kept in it) lives in the database: a 503 page must not reach for it.
        page.addObject("databaseDown", status == HttpStatus.SERVICE_UNAVAILABLE);
        return page;
    }
}

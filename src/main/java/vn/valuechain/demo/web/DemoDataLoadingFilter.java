package vn.valuechain.demo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.demo.DemoDataLoading;

/**
 * While the demo data asked for at start-up is loading, every page answers 503 "Đang nạp dữ liệu mẫu" and looks again
 * in a few seconds; only static files and the health check go through. Ahead of the security filters, so that nobody
 * signs in to a half-filled database (or before the administrator exists).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDataLoadingFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;
    private static final List<String> PASSING =
            List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.ico", "/actuator/health");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DemoDataLoading loading;
    private final MessageSource messages;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !loading.inProgress() || PASSING.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Vietnamese unless the browser asks for English (without the header the servlet falls back to the JVM's)
        boolean english = request.getHeader("Accept-Language") != null
                && request.getLocale().getLanguage().equals("en");
        Locale locale = english ? Locale.ENGLISH : VI;
        String title = HtmlUtils.htmlEscape(messages.getMessage("demo.loading.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("demo.loading.text", null, locale));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><meta http-equiv="refresh" content="%d">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <link rel="stylesheet" href="%s/css/app.css"></head>
                <body><main class="container py-5"><h1>%s</h1><p>%s</p></main></body></html>
                """.formatted(
                        locale.getLanguage(), RETRY_SECONDS, title, request.getContextPath(), title, text));
    }
}

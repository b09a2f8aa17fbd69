package vn.valuechain.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;
import vn.valuechain.shared.db.DatabaseUnavailable;

/**
 * The 503 page for a failure outside Spring MVC because the database is down. A signed-in user's session is read
 * from PostgreSQL before any controller runs, so that lookup fails first; the container's error dispatch would read
 * the session again and fail the same way, leaving Tomcat's 500. This filter stands outside the session filter and
 * answers the page itself.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseDownFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseDownPage(
            @Qualifier("thymeleafViewResolver") ViewResolver thymeleafViewResolver, LocaleResolver localeResolver) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException failure) {
                    if (response.isCommitted() || !DatabaseUnavailable.isCause(failure)) {
                        throw failure;
                    }
                    logger.warn("Database unreachable: " + request.getRequestURI() + " answered 503");
                    response.reset();
                    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                    response.setContentType("text/html;charset=UTF-8");
                    var page = ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
                    try {
                        thymeleafViewResolver
                                .resolveViewName(page.getViewName(), localeResolver.resolveLocale(request))
                                .render(page.getModel(), request, response);
                    } catch (Exception e) {
                        throw new ServletException(e);
                    }
                }
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}

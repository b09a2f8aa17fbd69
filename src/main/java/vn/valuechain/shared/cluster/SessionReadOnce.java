package vn.valuechain.shared.cluster;

import jakarta.servlet.Filter;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session reads a request's session from the database twice when the response is committed before the request
 * ends (every page longer than the response's buffer, every JSON answer): it commits the session then and again at
 * the end, and forgets in between the session it had read (spring-session#1731). That is a transaction and a query
 * more on nearly every page. The session repository is proxied so that, while a request runs ({@link #requests()}),
 * the session it found is given again for the same id, until the session is deleted or its id changes.
 */
final class SessionReadOnce implements BeanPostProcessor {

    /** The session the current request found, in a holder set for the request's length. */
    private final ThreadLocal<Found> found = new ThreadLocal<>();

    private static final class Found {
        Session session;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof JdbcIndexedSessionRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) this::call);
        return proxy.getProxy();
    }

    private Object call(MethodInvocation invocation) throws Throwable {
        Found current = found.get();
        if (current == null) {
            return invocation.proceed();
        }
        switch (invocation.getMethod().getName()) {
            case "findById" -> {
                Object id = invocation.getArguments()[0];
                if (current.session != null && current.session.getId().equals(id)) {
                    return current.session;
                }
                Object session = invocation.proceed();
                current.session = (Session) session;
                return session;
            }
            case "deleteById" -> {
                current.session = null;
                return invocation.proceed();
            }
            default -> {
                return invocation.proceed();
            }
        }
    }

    /** The filter that marks a request's length: registered outside Spring Session's own. */
    Filter requests() {
        return (request, response, chain) -> {
            Found outer = found.get();
            found.set(new Found());
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    found.remove();
                } else {
                    found.set(outer);
                }
            }
        };
    }
}

package vn.valuechain.shared.cluster;

import jakarta.servlet.Filter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Session reads a request's session from the database twice when the response is committed before the request
 * ends (every page longer than the response's buffer, every JSON answer): it commits the session then and again at
 * the end, and forgets in between the session it had read (spring-session#1731). That is a transaction and a query
 * more on nearly every page. The session repository is proxied so that, while a request runs ({@link #requests()}),
 * the session it found is given again for the same id, until the session is deleted or its id changes.
 *
 * <p>And it writes the session back on every request, since each moves its last access: a transaction with an UPDATE
 * that {@link ClusterConfiguration#UPDATE_SESSION} makes match no row unless the last access moved far enough. The
 * proxy does not start that transaction when the session found has nothing else to write (not new, no attribute
 * changed, same id and timeout) and its last access moved less than that.
 */
final class SessionReadOnce implements BeanPostProcessor {

    /** The session the current request found, in a holder set for the request's length. */
    private final ThreadLocal<Found> found = new ThreadLocal<>();

    // Package-private in Spring Session: whether a session was created by this request, and its changed attributes.
    private final Method isNew;
    private final Method delta;

    private static final class Found {
        Session session;
        String id;
        Instant lastAccess;
        Duration timeout;

        /** The session as this request last read or saved it, which a later save is compared with. */
        void stored(Session session) {
            id = session.getId();
            lastAccess = session.getLastAccessedTime();
            timeout = session.getMaxInactiveInterval();
        }
    }

    SessionReadOnce() {
        Class<?> jdbcSession = ClassUtils.resolveClassName(
                JdbcIndexedSessionRepository.class.getName() + "$JdbcSession",
                JdbcIndexedSessionRepository.class.getClassLoader());
        isNew = accessible(jdbcSession, "isNew");
        delta = accessible(jdbcSession, "getDelta");
    }

    private static Method accessible(Class<?> type, String name) {
        Method method = ReflectionUtils.findMethod(type, name);
        if (method == null) {
            throw new IllegalStateException("Spring Session's " + type.getName() + " has no " + name + "()");
        }
        ReflectionUtils.makeAccessible(method);
        return method;
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
                Session session = (Session) invocation.proceed();
                current.session = session;
                if (session != null) {
                    current.stored(session);
                }
                return session;
            }
            case "save" -> {
                if (nothingToWrite(current, invocation.getArguments()[0])) {
                    return null;
                }
                Object result = invocation.proceed();
                if (invocation.getArguments()[0] == current.session) {
                    current.stored(current.session);
                }
                return result;
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

    private boolean nothingToWrite(Found current, Object saved) {
        if (saved != current.session) {
            return false;
        }
        Session session = current.session;
        return session.getId().equals(current.id)
                && session.getMaxInactiveInterval().equals(current.timeout)
                && Duration.between(current.lastAccess, session.getLastAccessedTime())
                                .toMillis()
                        < ClusterConfiguration.LAST_ACCESS_WRITTEN_AFTER_MS
                && !(Boolean) ReflectionUtils.invokeMethod(isNew, session)
                && ((Map<?, ?>) ReflectionUtils.invokeMethod(delta, session)).isEmpty();
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

package vn.valuechain.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares, to show that a page's queries do not grow with the
 * number of rows (no N+1). Import it into a test and read {@link #count()} around the call.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");
    private final AtomicLong statements = new AtomicLong();
    private final Queue<String> sql = new ConcurrentLinkedQueue<>();

    public long count() {
        return statements.get();
    }

    /** The SQL of the statements prepared since the last call (and forgets them). */
    public List<String> takeSql() {
        List<String> taken = new ArrayList<>();
        for (String s; (s = sql.poll()) != null; ) {
            taken.add(s);
        }
        return taken;
    }

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds) {
                    return proxy(DataSource.class, ds, (p, m, a) -> {
                        Object result = invoke(ds, m, a);
                        return result instanceof Connection c ? counter.counting(c) : result;
                    });
                }
                return bean;
            }
        };
    }

    private Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (p, m, a) -> {
            // A scheduled job (housekeeping claims its turn once a minute in every test context) is no page's
            // statement: counted, it made a long page seem to take one more now and then.
            if (PREPARING.contains(m.getName())
                    && !Thread.currentThread().getName().startsWith("scheduling-")) {
                statements.incrementAndGet();
                if (a != null && a.length > 0 && a[0] instanceof String text) {
                    sql.add(text);
                }
            }
            return invoke(connection, m, a);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

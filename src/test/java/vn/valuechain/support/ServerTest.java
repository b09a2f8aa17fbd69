package vn.valuechain.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port (Tomcat's error pages, valves and headers), with a database of its own:
 * what these tests do is committed, and must not reach the other tests' data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerTest {

    private static String databaseUrl;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        synchronized (ServerTest.class) {
            if (databaseUrl == null) {
                databaseUrl = TestDatabase.createDatabase("vco_server_tests");
            }
        }
        TestDatabase.register(registry, databaseUrl);
    }

    protected HttpSession session() {
        return new HttpSession(port);
    }
}

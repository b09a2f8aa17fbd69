package vn.valuechain.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on real PostgreSQL (see {@link TestDatabase}). */
@SpringBootTest
@org.springframework.context.annotation.Import({TestData.class, RegistryData.class})
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}

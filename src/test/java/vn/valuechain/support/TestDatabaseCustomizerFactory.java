package vn.valuechain.support;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every {@link IntegrationTest} at the test server: the database the classes share, or the class's own one
 * when it is marked {@link OwnDatabase}. A customizer rather than a {@code @DynamicPropertySource}, because the
 * latter cannot tell which subclass it serves and a superclass's registration would override a subclass's.
 */
class TestDatabaseCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!IntegrationTest.class.isAssignableFrom(testClass)) {
            return null;
        }
        boolean own = AnnotatedElementUtils.hasAnnotation(testClass, OwnDatabase.class);
        return new Database(own ? testClass.getSimpleName().toLowerCase(java.util.Locale.ROOT) : null);
    }

    /** A record, so that the context cache tells the databases apart. */
    private record Database(String ownName) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "testDatabase",
                            ownName == null ? TestDatabase.properties() : TestDatabase.ownProperties(ownName)));
        }
    }
}

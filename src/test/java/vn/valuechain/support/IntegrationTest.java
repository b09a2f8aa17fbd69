package vn.valuechain.support;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on real PostgreSQL (see {@link TestDatabase}); {@link TestDatabaseCustomizerFactory} names
 * the database.
 */
@SpringBootTest
@org.springframework.context.annotation.Import({TestData.class, RegistryData.class})
public abstract class IntegrationTest {}

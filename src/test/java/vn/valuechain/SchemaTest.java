package vn.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.valuechain.support.IntegrationTest;

/** Flyway builds the schema and Hibernate validates every entity against it (ddl-auto=validate). */
class SchemaTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsRunOnPostgresql() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17");
        assertThat(jdbc.sql("select vco_search_key('Mỏ Cày Nam Đồng')")
                        .query(String.class)
                        .single())
                .isEqualTo("mo cay nam dong");
    }
}

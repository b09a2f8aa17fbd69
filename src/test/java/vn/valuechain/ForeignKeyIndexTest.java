package vn.valuechain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.valuechain.support.IntegrationTest;

/**
 * Every foreign key has an index that starts with its columns. PostgreSQL does not create one: without it a query
 * filtering on the key, and every delete of the referenced row, reads the whole table (a per-target sum over 340,000
 * progress values once held every connection for minutes). A new table's keys cannot be forgotten.
 */
class ForeignKeyIndexTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyForeignKeyHasAnIndexLedByItsColumns() {
        assertThat(unindexedForeignKeys()).as("foreign keys without an index").isEmpty();
    }

    @Test
    void aKeyWithoutAnIndexIsFound() {
        List<String> before = unindexedForeignKeys();
        List<String> found = tx.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql(
                            "create table fk_probe (id bigint primary key, unit_id bigint references administrative_unit (id))")
                    .update();
            return unindexedForeignKeys();
        });
        assertThat(found).containsAll(before);
        assertThat(found.stream().filter(k -> !before.contains(k))).containsExactly("fk_probe (unit_id)");
    }

    /** "table (columns)" of each foreign key no complete index starts with. */
    private List<String> unindexedForeignKeys() {
        return jdbc.sql("""
                        select c.conrelid::regclass || ' (' || (
                                   select string_agg(a.attname, ', ' order by k.ord)
                                   from unnest(c.conkey) with ordinality k(attnum, ord)
                                   join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) || ')'
                        from pg_constraint c
                        where c.contype = 'f'
                          and c.connamespace = 'public'::regnamespace
                          and not exists (
                              select 1 from pg_index i
                              where i.indrelid = c.conrelid
                                and i.indpred is null
                                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
                                and (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey)
                        order by 1""").query(String.class).list();
    }
}

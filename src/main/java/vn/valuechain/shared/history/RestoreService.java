package vn.valuechain.shared.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.jpa.AuditedEntity;

/**
 * Brings a deleted record back from the change history, with its id and its fields as they were when it was
 * deleted (Envers keeps them: store_data_at_delete). What it owned as collections (a chain's participants, an
 * enterprise's roles) is not restored. The restore itself becomes a revision of the history.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RestoreService {

    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;
    private final EntityManager em;

    /** Throws a DataIntegrityViolationException when what it refers to is gone too. */
    @Transactional
    public void restore(Class<?> type, String table, long id) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException(table);
        }
        Long revision = jdbc.sql("select max(rev) from " + table + "_aud where id = :id and revtype = 2")
                .param("id", id)
                .query(Long.class)
                .optional()
                .orElse(null);
        boolean exists = jdbc.sql("select count(*) from " + table + " where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
        if (revision == null || exists) {
            throw new IllegalStateException(table + " " + id + " is not a deleted record");
        }
        List<String> columns =
                jdbc.sql("""
                        select c.column_name from information_schema.columns c
                        where c.table_schema = current_schema() and c.table_name = :table
                          and exists (select 1 from information_schema.columns a where a.table_schema = c.table_schema
                                      and a.table_name = :table || '_aud' and a.column_name = c.column_name)
                        order by c.ordinal_position
                        """).param("table", table).query(String.class).list();
        String list = String.join(", ", columns);
        jdbc.sql("insert into " + table + " (" + list + ") select " + list + " from " + table
                        + "_aud where id = :id and rev = :rev")
                .param("id", id)
                .param("rev", revision)
                .update();
        // Marked as changed now, by whoever restores it, so that Envers records the restore as a revision.
        Object restored = em.find(type, id);
        if (restored instanceof AuditedEntity audited) {
            var auth = SecurityContextHolder.getContext().getAuthentication();
            audited.markChanged(auth == null ? "system" : auth.getName(), Instant.now());
        }
    }
}

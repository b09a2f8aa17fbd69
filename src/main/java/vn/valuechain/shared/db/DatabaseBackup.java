package vn.valuechain.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of the whole database that needs no PostgreSQL client tools (the embedded binaries have no pg_dump): a
 * ZIP of every table of the schema in PostgreSQL's own COPY format, read in one repeatable-read snapshot, with the
 * schema version (Flyway) and the sequences. Restoring builds the schema of that version with the application's own
 * migrations in an empty database, loads every table, sets the sequences, and lets the later migrations run on top.
 * Works the same on the embedded server and on an external one.
 */
public final class DatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final String MANIFEST = "manifest.properties";
    private static final String COUNTS = "counts.properties";
    private static final String TABLES = "tables/";
    private static final String HISTORY = "flyway_schema_history";

    private DatabaseBackup() {}

    /** Writes the backup of the database behind this data source; returns the number of rows written. */
    public static long write(DataSource dataSource, OutputStream target) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            List<String> tables = loadOrder(c, tables(c));
            Properties manifest = new Properties();
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("schemaVersion", schemaVersion(c));
            manifest.setProperty("tables", String.join(",", tables));
            ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(new NonClosing(zip), "Value-Chain Office database backup");
            zip.closeEntry();
            Properties counts = new Properties();
            long rows = 0;
            for (String table : tables) { // in load order, so a restore reads the file once, as it comes
                zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
                long n = copy.copyOut("copy " + quote(table) + " to stdout", new NonClosing(zip));
                counts.setProperty("rows." + table, Long.toString(n));
                rows += n;
                zip.closeEntry();
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select sequencename, last_value from pg_sequences"
                            + " where schemaname = current_schema() and last_value is not null")) {
                while (rs.next()) {
                    counts.setProperty("sequence." + rs.getString(1), Long.toString(rs.getLong(2)));
                }
            }
            zip.putNextEntry(new ZipEntry(COUNTS));
            counts.store(new NonClosing(zip), "Rows of each table, and the sequences");
            zip.closeEntry();
            zip.finish();
            c.commit();
            return rows;
        }
    }

    /**
     * Restores a backup into the empty database of this Flyway (whose data source it uses), then migrates it to the
     * application's current version. Refuses a database that has tables already; all or nothing.
     */
    public static long restore(Flyway flyway, InputStream backup) throws IOException, SQLException {
        ZipInputStream zip = new ZipInputStream(backup, StandardCharsets.UTF_8);
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) {
            throw new IOException("Not a backup of this application: it does not start with " + MANIFEST);
        }
        Properties manifest = properties(zip);
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        try (Connection c = dataSource.getConnection()) {
            if (!tables(c).isEmpty()) {
                throw new IllegalStateException("The database to restore into is not empty");
            }
        }
        String version = manifest.getProperty("schemaVersion");
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target(version)
                .load()
                .migrate();
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            try (Statement s = c.createStatement()) {
                // The migrations' own rows (seed data) make way for the backup's.
                s.execute("truncate "
                        + String.join(
                                ", ", tables.stream().map(DatabaseBackup::quote).toList()) + " cascade");
                // Tables kept by triggers (item statuses, V56) come from the backup as they were, not again from
                // the rows copied before them.
                for (String table : tables) {
                    s.execute("alter table " + quote(table) + " disable trigger user");
                }
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> restored = new HashMap<>();
            Properties counts = null;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(COUNTS)) {
                    counts = properties(zip);
                } else if (entry.getName().startsWith(TABLES)) {
                    String table = entry.getName().substring(TABLES.length()).replace(".copy", "");
                    if (!tables.contains(table)) {
                        throw new IOException("Unknown table in the backup: " + table);
                    }
                    restored.put(table, copy.copyIn("copy " + quote(table) + " from stdin", new NonClosingIn(zip)));
                }
            }
            if (counts == null) {
                throw new IOException("The backup is cut short: no " + COUNTS);
            }
            for (String table : tables) {
                long expected = Long.parseLong(counts.getProperty("rows." + table));
                long n = restored.getOrDefault(table, -1L);
                if (n != expected) {
                    throw new IOException(
                            "Table " + table + ": " + n + " rows restored, " + expected + " in the backup");
                }
                rows += n;
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.execute("alter table " + quote(table) + " enable trigger user");
                }
                for (String name : counts.stringPropertyNames()) {
                    if (name.startsWith("sequence.")) {
                        String sequence = quote(name.substring("sequence.".length()));
                        s.execute("select setval('" + sequence.replace("'", "''") + "', "
                                + Long.parseLong(counts.getProperty(name)) + ")");
                    }
                }
            }
            c.commit();
        }
        flyway.migrate();
        log.info("Restored {} rows of a backup made {} (schema version {})", rows, manifest.get("created"), version);
        return rows;
    }

    private static Properties properties(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new java.io.InputStreamReader(new NonClosingIn(in), StandardCharsets.ISO_8859_1));
        return properties;
    }

    /** The application's tables (not Flyway's history), in a stable order. */
    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                        + " and tablename <> '" + HISTORY + "' order by tablename")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Referenced tables before the tables that reference them, so every foreign key holds as rows arrive. */
    private static List<String> loadOrder(Connection c, List<String> tables) throws SQLException {
        Map<String, Set<String>> references = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select cl.relname, ref.relname from pg_constraint con
                          join pg_class cl on cl.oid = con.conrelid
                          join pg_class ref on ref.oid = con.confrelid
                          join pg_namespace ns on ns.oid = cl.relnamespace
                         where con.contype = 'f' and ns.nspname = current_schema() and cl.oid <> ref.oid""")) {
            while (rs.next()) {
                references
                        .computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2));
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, references, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(
            String table, Map<String, Set<String>> references, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("Foreign keys form a cycle through " + visiting);
        }
        for (String referenced : references.getOrDefault(table, Set.of())) {
            visit(referenced, references, ordered, visiting);
        }
        visiting.remove(table);
        ordered.add(table);
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from " + HISTORY
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new SQLException("No schema version in " + HISTORY);
            }
            return rs.getString(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** COPY closes the stream it reads; the ZIP goes on after each table. */
    private static final class NonClosingIn extends java.io.FilterInputStream {
        NonClosingIn(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the ZIP stays open for its next entry
        }
    }

    /** COPY closes the stream it is given; the ZIP goes on after each table. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

package vn.valuechain.shared.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

/**
 * Run in a child JVM by {@link EmbeddedPostgresRestartTest}: starts the application's embedded server, writes a row,
 * leaves one session busy in an endless statement, says READY and waits to be killed.
 */
public final class KilledJvmChild {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, Duration.ofHours(1));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.execute("create table survivor (name text)");
            s.execute("insert into survivor values ('Hợp tác xã dừa Mỹ Hòa')");
        }
        Connection busy = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        Thread worker = new Thread(() -> {
            try (Statement s = busy.createStatement()) {
                // Busy on the CPU: a backend that never waits does not notice its postmaster's death.
                s.execute("do $$ begin loop perform 1; end loop; end $$");
            } catch (Exception e) {
                // the JVM is killed long before
            }
        });
        worker.start();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            while (true) {
                var rs = s.executeQuery(
                        "select count(*) from pg_stat_activity where state = 'active' and query like 'do %'");
                rs.next();
                if (rs.getInt(1) > 0) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        System.out.println("READY " + db.port());
        System.out.flush();
        Thread.sleep(600_000);
    }
}

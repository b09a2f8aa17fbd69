package vn.valuechain.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** Run in a child JVM by {@link EmbeddedPostgresRestartTest}: starts the server, writes a row, waits to be killed. */
public final class KilledJvmChild {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table survivor (name text)");
            s.execute("insert into survivor values ('Hợp tác xã dừa Mỹ Hòa')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}

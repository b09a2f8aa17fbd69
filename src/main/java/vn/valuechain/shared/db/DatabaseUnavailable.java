package vn.valuechain.shared.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure because the database cannot be reached (down, restarting, refusing) from any other failure. */
public final class DatabaseUnavailable {

    /**
     * HikariCP's answer on a connection it has already closed as broken: a rollback after the failure (e.g. Spring
     * Session's lookup when the server went away) throws it and hides the failure itself.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true; // the pool waited in vain, or nothing listens
            }
            if (t instanceof SQLException sql
                    && (isConnectionState(sql.getSQLState()) || CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    /** 08: connection exception; 57P01–57P03: the server is shutting down, crashed, or not accepting yet. */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}

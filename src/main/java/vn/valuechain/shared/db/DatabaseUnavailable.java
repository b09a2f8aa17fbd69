package vn.valuechain.shared.db;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure because the database cannot be reached (down, restarting, refusing) from any other failure. */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true; // the pool waited in vain, or nothing listens
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
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

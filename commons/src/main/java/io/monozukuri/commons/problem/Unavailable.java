package io.monozukuri.commons.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Recognises failures that say a resource the service depends on (its database) cannot be reached right now, as
 * opposed to a bug: such a request may succeed later, so it is answered {@code 503} with {@code Retry-After}.
 * Looks through the cause chain by type and SQLState, without compile-time dependencies on the JDBC pool or ORM.
 */
public final class Unavailable {

    /** Seconds a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Exceptions of the connection pool and the ORM that mean "no connection", known by name. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "io.agroal.api.exceptions.AcquisitionTimeoutException",
            "java.net.ConnectException",
            "java.net.NoRouteToHostException");

    private Unavailable() {}

    /** Whether a failure is a database (or other dependency) that cannot be reached, anywhere in its causes. */
    public static boolean isConnectionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SQLException sql && isConnectionState(sql)) {
                return true;
            }
            // Agroal reports a pool that cannot get a connection in time as a plain SQLException
            if (t instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().contains("Acquisition timeout")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLState class 08 (connection exception) and 57P01-57P03 (the server is shutting down, crashed, or cannot
     * accept connections now).
     */
    private static boolean isConnectionState(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null
                    && (state.startsWith("08")
                            || state.equals("57P01")
                            || state.equals("57P02")
                            || state.equals("57P03"))) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }
}

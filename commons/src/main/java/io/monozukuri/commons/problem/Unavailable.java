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

    /** Exceptions of the connection pools, the ORM and the reactive client that mean "no connection", by name. */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "io.agroal.api.exceptions.AcquisitionTimeoutException",
            "io.vertx.sqlclient.ClosedConnectionException",
            "java.net.NoRouteToHostException");

    /** The reactive client's error from the server: its SQLState is read by name (no dependency on the client). */
    private static final String REACTIVE_SERVER_ERROR = "io.vertx.pgclient.PgException";

    private Unavailable() {}

    /** Whether a failure is a database (or other dependency) that cannot be reached, anywhere in its causes. */
    public static boolean isConnectionFailure(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // java.net.ConnectException and its subclasses (Netty's, from the reactive client)
            if (t instanceof java.net.ConnectException
                    || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (REACTIVE_SERVER_ERROR.equals(t.getClass().getName()) && isConnectionState(sqlStateOf(t))) {
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
     * SQLState class 08 (connection exception), 57P01-57P03 (the server is shutting down, crashed, or cannot accept
     * connections now) and 53300 (too many connections: the server or the role is at its connection limit).
     */
    private static boolean isConnectionState(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (isConnectionState(s.getSQLState())) {
                return true;
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("53300"));
    }

    private static String sqlStateOf(Throwable t) {
        try {
            return (String) t.getClass().getMethod("getSqlState").invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}

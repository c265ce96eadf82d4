package io.monozukuri.commons.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps a {@link DataVersion} current from PostgreSQL on one dedicated connection (not from the pool), on its own
 * daemon thread: {@code LISTEN channel}, then read the version (so that nothing committed between the two is missed),
 * then wait for notifications, re-reading the version every {@code heartbeat} to confirm it (and to notice a dead
 * connection). When the connection fails the version becomes unknown at once; the listener reconnects with a growing
 * pause (up to 2 s), listens again and reads the version again.
 *
 * <p>The database side: one row holding the version, and a function that every write transaction calls once (from
 * statement triggers) to bump it and {@code pg_notify(channel, version)}; PostgreSQL delivers notifications on commit,
 * in commit order.
 */
public final class DataVersionListener implements Runnable, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DataVersionListener.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final long MIN_PAUSE_MILLIS = 50;
    private static final long MAX_PAUSE_MILLIS = 2000;

    /** Opens the dedicated connection. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final String channel;
    private final String versionQuery;
    private final DataVersion version;
    private final long heartbeatNanos;
    private final LongSupplier nanoClock;
    private volatile boolean running = true;
    private volatile Connection connection;
    private volatile Thread thread;

    /**
     * @param channel the {@code NOTIFY} channel, a lower-case SQL identifier
     * @param versionTable the table whose row {@code id = 1} holds the version in {@code version}
     * @param heartbeatNanos how often the version is re-read to confirm it; well under the staleness bound
     */
    public DataVersionListener(
            Connector connector,
            String channel,
            String versionTable,
            DataVersion version,
            long heartbeatNanos,
            LongSupplier nanoClock) {
        this.connector = connector;
        this.channel = identifier(channel);
        this.versionQuery = versionQuery(versionTable);
        this.version = version;
        this.heartbeatNanos = heartbeatNanos;
        this.nanoClock = nanoClock;
    }

    /** The query that reads the version, for readers on other connections. */
    public static String versionQuery(String versionTable) {
        return "SELECT version FROM " + identifier(versionTable) + " WHERE id = 1";
    }

    static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
        }
        return name;
    }

    /** Starts the listener on a daemon thread of the given name. */
    public DataVersionListener start(String threadName) {
        Thread t = new Thread(this, threadName);
        t.setDaemon(true);
        thread = t;
        t.start();
        return this;
    }

    @Override
    public void run() {
        long pause = MIN_PAUSE_MILLIS;
        boolean warned = false;
        while (running) {
            try (Connection c = connector.connect()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                try (PreparedStatement read = c.prepareStatement(versionQuery)) {
                    long sent = nanoClock.getAsLong();
                    version.resynced(read(read), sent);
                    if (warned) {
                        LOG.infof("listening to %s again; data version %d", channel, version.lastKnown());
                    } else {
                        LOG.debugf("listening to %s; data version %d", channel, version.lastKnown());
                    }
                    pause = MIN_PAUSE_MILLIS;
                    warned = false;
                    listen(pg, read, sent);
                }
            } catch (SQLException | RuntimeException e) {
                version.lost();
                if (!running) {
                    break;
                }
                if (!warned) {
                    LOG.warnf(
                            "data version listener on %s lost its connection (%s): reads are not cached until it is back",
                            channel, e.toString());
                    warned = true;
                } else {
                    LOG.debugf("data version listener on %s still disconnected: %s", channel, e.toString());
                }
            } finally {
                connection = null;
            }
            sleep(pause);
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
        version.lost();
    }

    private void listen(PGConnection pg, PreparedStatement read, long lastRead) throws SQLException {
        while (running) {
            long sinceRead = nanoClock.getAsLong() - lastRead;
            int waitMillis = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(heartbeatNanos - sinceRead));
            PGNotification[] notifications = pg.getNotifications(waitMillis);
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    if (channel.equals(n.getName())) {
                        try {
                            version.notified(Long.parseLong(n.getParameter().trim()));
                        } catch (NumberFormatException e) {
                            // a notification without a version: read it
                            lastRead = lastRead - heartbeatNanos;
                        }
                    }
                }
            }
            if (nanoClock.getAsLong() - lastRead >= heartbeatNanos) {
                long sent = nanoClock.getAsLong();
                version.confirmed(read(read), sent);
                lastRead = sent;
            }
        }
    }

    private static long read(PreparedStatement read) throws SQLException {
        try (ResultSet rs = read.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the data version row is missing");
            }
            return rs.getLong(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        if (t != null) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

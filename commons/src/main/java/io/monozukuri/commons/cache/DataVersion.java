package io.monozukuri.commons.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The version of a service's data, known in memory. The version is a counter in the service's database that every
 * write transaction bumps once and announces with {@code NOTIFY} on commit (see {@link DataVersionListener}); the
 * answers of public reads are keyed by it, so that nothing of an older version is served once a newer one is known.
 *
 * <p>Exactness: a value counts as known only while it was <em>confirmed</em> by a read of the database that started
 * less than {@code maxStaleness} ago (the listener re-reads it several times within that bound, and on every
 * reconnection). So a version returned by {@link #current()} includes every write committed more than
 * {@code maxStaleness} before the call, whatever happens to the connection; a notification makes it newer sooner
 * (in practice a few milliseconds after the commit). While the listener is disconnected the version is
 * {@link #UNKNOWN}, and callers must read without caching.
 *
 * <p>Within one connection of the listener the version only grows ({@code max}), because notifications and
 * confirmations may arrive in any order; a reconnection takes what it reads as it is.
 */
public final class DataVersion {

    /** Not known: read the database, cache nothing. */
    public static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    /** Reads the current version from the database (one query on a pooled connection). */
    @FunctionalInterface
    public interface Reader {
        long read() throws Exception;
    }

    private final Reader reader;
    private final long maxStalenessNanos;
    private final LongSupplier nanoClock;
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();

    private volatile long version = UNKNOWN;
    private volatile long confirmedAt;
    private volatile boolean connected;
    private long lastAnnounced = UNKNOWN;

    /**
     * @param reader reads the version from the database; null for a service without a data version
     * @param maxStalenessNanos how long a confirmed version stays usable without a new confirmation
     * @param nanoClock {@link System#nanoTime()} outside tests
     */
    public DataVersion(Reader reader, long maxStalenessNanos, LongSupplier nanoClock) {
        this.reader = reader;
        this.maxStalenessNanos = maxStalenessNanos;
        this.nanoClock = nanoClock;
    }

    /** A service that keeps no data version: always {@link #UNKNOWN}. */
    public static DataVersion disabled() {
        return new DataVersion(null, 0, System::nanoTime);
    }

    /** Whether this service keeps a data version at all. */
    public boolean enabled() {
        return reader != null;
    }

    /** The version known in memory, without any query; {@link #UNKNOWN} when it is not known for sure. */
    public long current() {
        long v = version;
        if (v == UNKNOWN || nanoClock.getAsLong() - confirmedAt > maxStalenessNanos) {
            return UNKNOWN;
        }
        return v;
    }

    /**
     * The version known in memory, else the one in the database (one query; nothing is remembered from it, since a
     * version read outside the listener's session proves nothing about the next request). {@link #UNKNOWN} when the
     * database cannot be read either.
     */
    public long currentOrRead() {
        long v = current();
        if (v != UNKNOWN || reader == null) {
            return v;
        }
        try {
            return reader.read();
        } catch (Exception e) {
            LOG.debugf("data version cannot be read: %s", e.toString());
            return UNKNOWN;
        }
    }

    /**
     * Called after a write of this instance has committed: reads the version now, so that this instance serves the
     * write's result at once, before its notification arrives.
     */
    public void refresh() {
        if (reader == null || !connected) {
            return;
        }
        long sent = nanoClock.getAsLong();
        try {
            confirmed(reader.read(), sent);
        } catch (Exception e) {
            LOG.debugf("data version cannot be read after a write: %s", e.toString());
        }
    }

    /** Registers a callback run with each new known version (never with {@link #UNKNOWN}). */
    public void onChange(LongConsumer listener) {
        changeListeners.add(listener);
    }

    /** Whether the listener is connected (a metric; {@link #current()} is what decides). */
    public boolean connected() {
        return connected;
    }

    /** The last version known, even if it is no longer confirmed (a metric). */
    public long lastKnown() {
        return version;
    }

    /** The listener (re)connected and read {@code v} with a query sent at {@code sentAt}. */
    synchronized void resynced(long v, long sentAt) {
        connected = true;
        version = v;
        confirmedAt = sentAt;
        announce(v);
    }

    /** A read of the database sent at {@code sentAt} found {@code v}. */
    synchronized void confirmed(long v, long sentAt) {
        if (!connected) {
            return;
        }
        if (v > version) {
            version = v;
        }
        if (sentAt - confirmedAt > 0) {
            confirmedAt = sentAt;
        }
        announce(version);
    }

    /** A notification said that version {@code v} was committed. */
    synchronized void notified(long v) {
        if (!connected) {
            return;
        }
        if (v > version) {
            version = v;
            announce(v);
        }
    }

    /** The listener lost its connection: nothing is known until it is back. */
    synchronized void lost() {
        connected = false;
        version = UNKNOWN;
    }

    private void announce(long v) {
        if (v != lastAnnounced) {
            lastAnnounced = v;
            for (LongConsumer l : changeListeners) {
                l.accept(v);
            }
        }
    }
}

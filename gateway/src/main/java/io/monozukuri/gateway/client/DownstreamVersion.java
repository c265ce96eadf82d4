package io.monozukuri.gateway.client;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.gateway.config.Downstream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The data version of one service as the gateway knows it from the service's version stream
 * ({@code /internal/v1/data-version}, see {@link DownstreamVersions}): the last version an event carried and when that
 * event arrived, on the gateway's clock. A version counts as known only while that event is less than
 * {@code maxStaleness} old: the service sends only versions it has itself confirmed less than its own
 * {@code cache.max-staleness} before, so a version known here includes every write committed more than the sum of the
 * two bounds before (2 s by default); normally the event of a new version arrives milliseconds after the commit.
 */
public final class DownstreamVersion {

    private static final Logger LOG = Logger.getLogger(DownstreamVersion.class);

    /** A version and the gateway's time when the event that carried it arrived: read and written as one. */
    private record Confirmed(long version, long at) {}

    private static final Confirmed NONE = new Confirmed(DataVersion.UNKNOWN, 0);

    private final Downstream downstream;
    private final long maxStalenessNanos;
    private final LongSupplier nanoClock;
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();

    /** After a write through the gateway: versions up to {@code version} are not used until {@code until}. */
    private record Fence(long version, long until) {}

    private volatile Confirmed confirmed = NONE;
    private volatile Fence fence;
    private Boolean known;
    private long lastAnnounced = DataVersion.UNKNOWN;

    public DownstreamVersion(Downstream downstream, long maxStalenessNanos, LongSupplier nanoClock) {
        this.downstream = downstream;
        this.maxStalenessNanos = maxStalenessNanos;
        this.nanoClock = nanoClock;
    }

    public Downstream downstream() {
        return downstream;
    }

    /** The version known now, or {@link DataVersion#UNKNOWN}: one volatile read and the clock. */
    public long current() {
        Confirmed c = confirmed;
        long now = nanoClock.getAsLong();
        if (c.version() == DataVersion.UNKNOWN || now - c.at() >= maxStalenessNanos) {
            return DataVersion.UNKNOWN;
        }
        Fence f = fence;
        if (f != null && c.version() <= f.version() && now - f.until() < 0) {
            return DataVersion.UNKNOWN;
        }
        return c.version();
    }

    /**
     * A write to the service through the gateway succeeded: the version known now does not include it, and the event of
     * the next one may still be on its way. Until a newer version arrives, or at most for the staleness bound (a write
     * that changed nothing makes no new version), the version counts as unknown, so that reads reach the service, which
     * already serves the write: whoever wrote through the gateway reads the write through it at once.
     */
    public void written() {
        long v = confirmed.version();
        if (v != DataVersion.UNKNOWN) {
            fence = new Fence(v, nanoClock.getAsLong() + maxStalenessNanos);
        }
    }

    /** Registers a callback run with each new version known (never with {@link DataVersion#UNKNOWN}). */
    public void onChange(LongConsumer listener) {
        changeListeners.add(listener);
    }

    /**
     * An event of the stream arrived with {@code version} ({@code -1}: the service does not know its version).
     *
     * @param arrivedAt the gateway's clock when it arrived, read before anything else is done with it
     */
    public synchronized void event(long version, long arrivedAt) {
        if (version < 0) {
            lost("the service does not know its data version");
            return;
        }
        confirmed = new Confirmed(version, arrivedAt);
        if (!Boolean.TRUE.equals(known)) {
            LOG.infof(
                    "%s: data version %d known; its public reads are served from the edge cache",
                    downstream.serviceName(), version);
            known = true;
        }
        if (version != lastAnnounced) {
            lastAnnounced = version;
            for (LongConsumer l : changeListeners) {
                l.accept(version);
            }
        }
    }

    /** The stream is gone (or says nothing is known): unknown at once. */
    public synchronized void lost(String why) {
        confirmed = NONE;
        // a version seen again after a gap is announced again: what was kept before the gap is not trusted
        lastAnnounced = DataVersion.UNKNOWN;
        if (!Boolean.FALSE.equals(known)) {
            LOG.infof(
                    "%s: data version unknown (%s); its reads are proxied until it is known again",
                    downstream.serviceName(), why);
            known = false;
        }
    }

    /** The last version known, even if no longer confirmed; -1 if none (a metric). */
    public long lastKnown() {
        return confirmed.version();
    }
}

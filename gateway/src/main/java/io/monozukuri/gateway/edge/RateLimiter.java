package io.monozukuri.gateway.edge;

import io.monozukuri.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A fixed one-minute window per client, kept in memory. Simple and cheap; a gateway that runs in several
 * replicas gives each client its limit per replica.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final GatewayConfig config;
    private final Clock clock;

    @Inject
    public RateLimiter(GatewayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** What is left to a client once the request is counted. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {}

    /** Counts one request of the client and says whether it may go on. */
    public Decision acquire(String client) {
        int limit = config.rateLimit().perMinute();
        long now = clock.millis();
        long start = now - now % WINDOW_MILLIS;
        Window window =
                windows.compute(client, (k, w) -> w == null || w.start != start ? new Window(start, 1) : w.add());
        long reset = Math.max(1, (start + WINDOW_MILLIS - now + 999) / 1000);
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start < start);
        }
        return new Decision(window.count <= limit, limit, Math.max(0, limit - window.count), reset);
    }

    /** Forgets every count (for tests). */
    public void reset() {
        windows.clear();
    }

    private static final class Window {
        final long start;
        int count;

        Window(long start, int count) {
            this.start = start;
            this.count = count;
        }

        Window add() {
            count++;
            return this;
        }
    }
}

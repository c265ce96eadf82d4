package io.monozukuri.commons.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's {@link DataVersion} as a stream of server-sent events, for the gateway's edge cache:
 * {@code GET /internal/v1/data-version} ({@code text/event-stream}) sends the version as currently confirmed at once,
 * then an event with every new version (as soon as this instance knows it, normally milliseconds after the commit) and
 * a heartbeat every {@code cache.max-staleness / 4} that confirms it again. Every event is {@code data: <version>};
 * {@code -1} means that this instance does not know its version for sure (its listener is disconnected, or the last
 * confirmation is older than the bound): nothing may be served from a cache keyed by it.
 *
 * <p>Served on the event loop; an internal path, never routed by the gateway. It says nothing but a counter, so it
 * needs no token.
 */
@Singleton
public class DataVersionStream {

    /** The path of the stream. */
    public static final String PATH = "/internal/v1/data-version";

    /** The media type of the stream. */
    public static final String EVENT_STREAM = "text/event-stream";

    private final DataVersion versions;
    private final long heartbeatMillis;
    private final Map<HttpServerResponse, Context> subscribers = new ConcurrentHashMap<>();
    private Vertx vertx;
    private long timer = -1;

    public DataVersionStream(DataVersion versions, CacheConfig config) {
        this.versions = versions;
        this.heartbeatMillis = heartbeat(config.maxStaleness()).toMillis();
    }

    /** How often the version is sent again while it does not change: a quarter of the staleness bound. */
    public static Duration heartbeat(Duration maxStaleness) {
        return Duration.ofMillis(Math.max(10, maxStaleness.toMillis() / 4));
    }

    void install(@Observes Router router, Vertx vertx) {
        if (!versions.enabled()) {
            return;
        }
        this.vertx = vertx;
        router.get(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::subscribe);
        versions.onChange(v -> broadcast());
        timer = vertx.setPeriodic(heartbeatMillis, id -> broadcast());
    }

    void stop(@Observes ShutdownEvent event) {
        if (vertx != null && timer >= 0) {
            vertx.cancelTimer(timer);
        }
        subscribers.forEach((response, context) -> context.runOnContext(v -> {
            if (!response.ended() && !response.closed()) {
                response.end();
            }
        }));
        subscribers.clear();
    }

    void subscribe(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        response.setChunked(true)
                .putHeader(HttpHeaders.CONTENT_TYPE, EVENT_STREAM)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                // no buffering by a reverse proxy in between: every event counts as it arrives
                .putHeader("X-Accel-Buffering", "no");
        Context context = Vertx.currentContext();
        response.closeHandler(v -> subscribers.remove(response));
        response.exceptionHandler(e -> subscribers.remove(response));
        // the retry hint, then the version at once
        response.write("retry: 500\n");
        send(response);
        subscribers.put(response, context);
    }

    /** How many streams are open (tests, metrics). */
    public int subscribers() {
        return subscribers.size();
    }

    private void broadcast() {
        subscribers.forEach((response, context) -> context.runOnContext(v -> send(response)));
    }

    private void send(HttpServerResponse response) {
        if (response.ended() || response.closed()) {
            subscribers.remove(response);
            return;
        }
        if (response.writeQueueFull()) {
            // a subscriber that does not read: it gets the next event, not a queue of old ones
            return;
        }
        // read when sent, never earlier: what the subscriber receives was confirmed at that moment
        response.write(Buffer.buffer("data: " + versions.current() + "\n\n"));
    }
}

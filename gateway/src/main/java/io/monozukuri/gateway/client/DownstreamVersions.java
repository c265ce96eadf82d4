package io.monozukuri.gateway.client;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.monozukuri.commons.cache.CacheConfig;
import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.DataVersionStream;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Follows the data version of each service that keeps one (measures-service, awards-service; not ingest-service) on its
 * version stream ({@link DataVersionStream#PATH}, server-sent events) with the Vert.x HTTP client, one long-lived
 * connection per service: every event confirms the version it carries ({@link DownstreamVersion}). When the stream
 * fails, ends, answers anything but {@code 200}, or stays silent past its idle timeout, the version is unknown at once
 * and the gateway connects again after a pause that grows from 100 ms to 5 s. Off when the edge cache is
 * ({@code CACHE_ENABLED=false} or {@code gateway.edge-cache.enabled=false}): then every version stays unknown.
 */
@ApplicationScoped
public class DownstreamVersions {

    private static final Logger LOG = Logger.getLogger(DownstreamVersions.class);

    /** The services that keep a data version. */
    public static final Set<Downstream> FOLLOWED = EnumSet.of(Downstream.MEASURES, Downstream.AWARDS);

    private static final long MIN_PAUSE_MILLIS = 100;
    private static final long MAX_PAUSE_MILLIS = 5000;

    private final GatewayConfig config;
    private final boolean enabled;
    private final long maxStalenessNanos;
    private final Map<Downstream, DownstreamVersion> versions = new EnumMap<>(Downstream.class);
    private final Map<Downstream, Follower> followers = new EnumMap<>(Downstream.class);
    private volatile boolean running;
    private Vertx vertx;
    private HttpClient client;

    public DownstreamVersions(GatewayConfig config, CacheConfig cache) {
        this.config = config;
        this.enabled = cache.enabled() && config.edgeCache().enabled();
        this.maxStalenessNanos = cache.maxStaleness().toNanos();
        for (Downstream d : FOLLOWED) {
            versions.put(d, new DownstreamVersion(d, maxStalenessNanos, System::nanoTime));
        }
    }

    /** Whether versions are followed at all. */
    public boolean enabled() {
        return enabled;
    }

    /** The version of {@code downstream} known now, or {@link DataVersion#UNKNOWN} (always so for ingest-service). */
    public long current(Downstream downstream) {
        DownstreamVersion v = versions.get(downstream);
        return v == null ? DataVersion.UNKNOWN : v.current();
    }

    /** The version state of a followed service; null for one that keeps no version. */
    public DownstreamVersion of(Downstream downstream) {
        return versions.get(downstream);
    }

    void start(@Observes StartupEvent event, Vertx vertx, Instance<MeterRegistry> registries) {
        if (!enabled) {
            return;
        }
        this.vertx = vertx;
        this.running = true;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(false)
                .setMaxPoolSize(FOLLOWED.size()));
        for (Downstream d : FOLLOWED) {
            Follower f = new Follower(versions.get(d));
            followers.put(d, f);
            f.connect();
            if (registries.isResolvable()) {
                Gauge.builder("gateway.downstream.data.version", versions.get(d), v -> v.current())
                        .tag("service", d.serviceName())
                        .description("The data version of the service the gateway knows now (-1: unknown, reads are"
                                + " proxied)")
                        .register(registries.get());
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (client != null) {
            client.close();
        }
    }

    /** Idle timeout of a stream: several heartbeats of the service, whatever its own bound. */
    private long idleTimeoutMillis() {
        return Math.max(5000, 3 * maxStalenessNanos / 1_000_000);
    }

    /** One service's stream: connects, parses events, reconnects. */
    private final class Follower {

        private final DownstreamVersion version;
        private long pause = MIN_PAUSE_MILLIS;

        Follower(DownstreamVersion version) {
            this.version = version;
        }

        void connect() {
            if (!running) {
                return;
            }
            Downstream d = version.downstream();
            URI base = d.baseUri(config);
            boolean ssl = "https".equalsIgnoreCase(base.getScheme());
            int port = base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80;
            String basePath = base.getRawPath() == null ? "" : base.getRawPath();
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.GET)
                    .setHost(base.getHost())
                    .setPort(port)
                    .setSsl(ssl)
                    .setURI(basePath + DataVersionStream.PATH)
                    .putHeader(HttpHeaders.ACCEPT, DataVersionStream.EVENT_STREAM)
                    .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                    .setIdleTimeout(idleTimeoutMillis());
            AtomicBoolean over = new AtomicBoolean();
            client.request(options).compose(r -> r.send()).onComplete(ar -> {
                if (ar.failed()) {
                    gone(over, ar.cause().toString());
                    return;
                }
                HttpClientResponse response = ar.result();
                String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
                if (response.statusCode() != 200 || type == null || !type.startsWith(DataVersionStream.EVENT_STREAM)) {
                    response.request().reset();
                    gone(over, "its stream answered " + response.statusCode());
                    return;
                }
                pause = MIN_PAUSE_MILLIS;
                EventParser parser = new EventParser(data -> {
                    long arrived = System.nanoTime();
                    try {
                        version.event(Long.parseLong(data.trim()), arrived);
                    } catch (NumberFormatException e) {
                        LOG.debugf("%s: event without a version ignored: %s", d.serviceName(), data);
                    }
                });
                response.handler(parser::feed);
                response.exceptionHandler(e -> gone(over, e.toString()));
                response.endHandler(v -> gone(over, "its stream ended"));
            });
        }

        /** Once per connection: unknown at once, then connect again after a pause. */
        private void gone(AtomicBoolean over, String why) {
            if (!over.compareAndSet(false, true)) {
                return;
            }
            version.lost(why);
            if (!running) {
                return;
            }
            long wait = pause;
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            LOG.debugf("%s: version stream gone (%s); again in %d ms", version.downstream(), why, wait);
            vertx.setTimer(wait, id -> connect());
        }
    }

    /** The {@code data:} lines of server-sent events, one event per blank line; comments and other fields ignored. */
    static final class EventParser {

        private final java.util.function.Consumer<String> onData;
        private final StringBuilder line = new StringBuilder();
        private final StringBuilder data = new StringBuilder();
        private boolean hasData;
        private boolean lastWasCr;

        EventParser(java.util.function.Consumer<String> onData) {
            this.onData = onData;
        }

        void feed(Buffer chunk) {
            // versions and field names are ASCII: bytes are characters
            String text = chunk.toString(StandardCharsets.UTF_8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' && lastWasCr) {
                    lastWasCr = false;
                    continue;
                }
                lastWasCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    endOfLine();
                } else if (line.length() < 1024) {
                    line.append(c);
                }
            }
        }

        private void endOfLine() {
            if (line.length() == 0) {
                if (hasData) {
                    onData.accept(data.toString());
                }
                data.setLength(0);
                hasData = false;
                return;
            }
            String l = line.toString();
            line.setLength(0);
            if (l.startsWith("data:")) {
                String value = l.substring(5);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                if (hasData) {
                    data.append('\n');
                }
                data.append(value);
                hasData = true;
            }
        }
    }
}

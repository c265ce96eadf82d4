package io.monozukuri.gateway.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.monozukuri.gateway.proxy.ProxyRoutes;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the gateway knows of the services behind it: each one's {@code /q/health/ready}, asked every
 * {@code gateway.health.probe-interval} and on demand, and the state of its circuit breaker. Published as health
 * details (group {@code downstreams} and the data of the gateway's readiness) and as gauges; never a reason for the
 * gateway itself not to be ready, since a gateway without one service still serves the others.
 */
@ApplicationScoped
public class DownstreamProbes {

    /** The last answer of a service's readiness. */
    public record Probe(Downstream downstream, boolean up, String state) {}

    private final GatewayConfig config;
    private final Vertx vertx;
    private final HttpClient client;
    private final Map<Downstream, Probe> last = new EnumMap<>(Downstream.class);

    public DownstreamProbes(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.vertx = vertx;
        this.client = vertx.createHttpClient();
    }

    void start(@Observes StartupEvent event, MeterRegistry registry) {
        for (Downstream downstream : Downstream.values()) {
            Gauge.builder("gateway.downstream.ready", this, p -> p.lastUp(downstream))
                    .description("1 when the service's last readiness probe answered UP, else 0")
                    .tag("service", downstream.serviceName())
                    .register(registry);
            Gauge.builder("gateway.downstream.circuit.state", this, p -> circuitCode(downstream))
                    .description("circuit breaker of the proxied calls: 0 closed, 1 half-open, 2 open")
                    .tag("service", downstream.serviceName())
                    .register(registry);
        }
        long interval = Math.max(1000, config.health().probeInterval().toMillis());
        vertx.setPeriodic(interval, id -> probeAll().subscribe().with(r -> {}, e -> {}));
        probeAll().subscribe().with(r -> {}, e -> {});
    }

    /** Asks every service now. */
    public Uni<List<Probe>> probeAll() {
        List<Uni<Probe>> probes = new ArrayList<>();
        for (Downstream downstream : Downstream.values()) {
            probes.add(probe(downstream));
        }
        return Uni.join().all(probes).andFailFast();
    }

    /** The circuit breaker state of the proxied calls to a service: closed, open or half-open. */
    public static CircuitBreakerState circuit(Downstream downstream) {
        return CircuitBreakerMaintenance.get().currentState(ProxyRoutes.circuitBreakerName(downstream));
    }

    private static double circuitCode(Downstream downstream) {
        return switch (circuit(downstream)) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    private synchronized double lastUp(Downstream downstream) {
        Probe probe = last.get(downstream);
        return probe != null && probe.up() ? 1 : 0;
    }

    /** The last probe of a service, or null before the first. */
    public synchronized Probe last(Downstream downstream) {
        return last.get(downstream);
    }

    private synchronized Probe remember(Probe probe) {
        last.put(probe.downstream(), probe);
        return probe;
    }

    private Uni<Probe> probe(Downstream downstream) {
        URI base = downstream.baseUri(config);
        boolean ssl = "https".equalsIgnoreCase(base.getScheme());
        Duration timeout = config.proxy().connectTimeout().plusSeconds(1);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(base.getHost())
                .setPort(base.getPort() > 0 ? base.getPort() : ssl ? 443 : 80)
                .setSsl(ssl)
                .setURI((base.getRawPath() == null ? "" : base.getRawPath()) + "/q/health/ready")
                .setConnectTimeout(config.proxy().connectTimeout().toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options)
                .flatMap(request -> request.send())
                .flatMap(response -> response.body().map(Buffer::toString).map(body -> response.statusCode()))
                .map(status -> status == 200
                        ? new Probe(downstream, true, "UP")
                        : new Probe(downstream, false, "DOWN (HTTP " + status + ")"))
                .ifNoItem()
                .after(timeout)
                .fail()
                .onFailure()
                .recoverWithItem(e -> new Probe(downstream, false, "DOWN (" + describe(e) + ")"))
                .map(this::remember);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

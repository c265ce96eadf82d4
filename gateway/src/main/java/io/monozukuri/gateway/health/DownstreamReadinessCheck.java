package io.monozukuri.gateway.health;

import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every service behind it says it is ready ({@code /q/health/ready}). Liveness
 * does not look at the services: a gateway whose services are down must not be restarted for it.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements AsyncHealthCheck {

    private final GatewayConfig config;
    private final HttpClient client;

    public DownstreamReadinessCheck(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Probe>> probes = new ArrayList<>();
        for (Downstream downstream : Downstream.values()) {
            probes.add(probe(downstream));
        }
        return Uni.join().all(probes).andFailFast().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services");
            boolean up = true;
            for (Probe probe : results) {
                builder.withData(probe.downstream().serviceName(), probe.state());
                up &= probe.up();
            }
            return builder.status(up).build();
        });
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
                .recoverWithItem(e -> new Probe(downstream, false, "DOWN (" + describe(e) + ")"));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private record Probe(Downstream downstream, boolean up, String state) {}
}

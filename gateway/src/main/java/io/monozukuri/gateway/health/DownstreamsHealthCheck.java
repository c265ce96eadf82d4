package io.monozukuri.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The state of the services behind the gateway, asked now: {@code /q/health/group/downstreams}. Not a readiness
 * check: a service that is down must not take the gateway (and the other services' routes) out of the load balancer.
 */
@HealthGroup("downstreams")
@ApplicationScoped
public class DownstreamsHealthCheck implements AsyncHealthCheck {

    private final DownstreamProbes probes;

    public DownstreamsHealthCheck(DownstreamProbes probes) {
        this.probes = probes;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return probes.probeAll().map(results -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services");
            boolean up = true;
            for (DownstreamProbes.Probe probe : results) {
                builder.withData(probe.downstream().serviceName(), probe.state());
                builder.withData(
                        probe.downstream().serviceName() + ".circuit",
                        DownstreamProbes.circuit(probe.downstream()).name());
                up &= probe.up();
            }
            return builder.status(up).build();
        });
    }
}

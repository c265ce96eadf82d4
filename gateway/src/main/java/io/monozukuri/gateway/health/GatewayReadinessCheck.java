package io.monozukuri.gateway.health;

import io.monozukuri.gateway.config.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when it can route: that depends on the gateway alone. The services' states are given as
 * details (the last probe and the circuit breaker of each), so that one failing service never takes every gateway pod
 * out of the load balancer and the other services' routes with it.
 */
@Readiness
@ApplicationScoped
public class GatewayReadinessCheck implements HealthCheck {

    private final DownstreamProbes probes;

    public GatewayReadinessCheck(DownstreamProbes probes) {
        this.probes = probes;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder =
                HealthCheckResponse.named("gateway").up();
        for (Downstream downstream : Downstream.values()) {
            DownstreamProbes.Probe probe = probes.last(downstream);
            builder.withData(downstream.serviceName(), probe == null ? "UNKNOWN (not probed yet)" : probe.state());
            builder.withData(
                    downstream.serviceName() + ".circuit",
                    DownstreamProbes.circuit(downstream).name());
        }
        return builder.build();
    }
}

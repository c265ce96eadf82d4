package io.monozukuri.gateway;

import io.monozukuri.gateway.edge.RateLimiter;
import io.monozukuri.gateway.service.ComposedCache;
import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** What every gateway test does before it arranges its own stubs. */
public final class GatewayTestSupport {

    private GatewayTestSupport() {}

    public static void resetDownstreams() {
        DownstreamsResource.resetAll();
        CircuitBreakerMaintenance.get().resetAll();
        Arc.container().instance(RateLimiter.class).get().reset();
        Arc.container().instance(ComposedCache.class).get().clear();
    }
}

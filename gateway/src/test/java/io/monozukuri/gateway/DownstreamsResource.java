package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.monozukuri.gateway.config.Downstream;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Three WireMock servers on free ports stand in for measures-, awards- and ingest-service; the gateway
 * under test is pointed at them through {@code MEASURES_URL}, {@code AWARDS_URL} and {@code INGEST_URL}.
 */
public class DownstreamsResource implements QuarkusTestResourceLifecycleManager {

    private static final Map<Downstream, WireMockServer> SERVERS = new EnumMap<>(Downstream.class);
    private static final Map<Downstream, Integer> PORTS = new EnumMap<>(Downstream.class);

    @Override
    public Map<String, String> start() {
        for (Downstream d : Downstream.values()) {
            WireMockServer server = new WireMockServer(options().dynamicPort());
            server.start();
            SERVERS.put(d, server);
            PORTS.put(d, server.port());
        }
        return Map.of(
                "MEASURES_URL", SERVERS.get(Downstream.MEASURES).baseUrl(),
                "AWARDS_URL", SERVERS.get(Downstream.AWARDS).baseUrl(),
                "INGEST_URL", SERVERS.get(Downstream.INGEST).baseUrl());
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }

    public static WireMockServer server(Downstream downstream) {
        return SERVERS.get(downstream);
    }

    public static WireMockServer measures() {
        return server(Downstream.MEASURES);
    }

    public static WireMockServer awards() {
        return server(Downstream.AWARDS);
    }

    public static WireMockServer ingest() {
        return server(Downstream.INGEST);
    }

    /**
     * What the gateway sent to a service on behalf of clients: every request but the gateway's own fetches
     * of the OpenAPI document and health checks.
     */
    public static List<LoggedRequest> clientRequests(WireMockServer server) {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> !r.getUrl().startsWith("/q/"))
                .toList();
    }

    /** Stops a service for the length of a test; {@link #resetAll()} brings it back on the same port. */
    public static void stop(Downstream downstream) {
        SERVERS.get(downstream).stop();
    }

    /** Every server running, with no stubs and no recorded requests. */
    public static void resetAll() {
        SERVERS.replaceAll((d, server) -> {
            if (!server.isRunning()) {
                WireMockServer again = new WireMockServer(options().port(PORTS.get(d)));
                again.start();
                return again;
            }
            server.resetAll();
            return server;
        });
    }
}

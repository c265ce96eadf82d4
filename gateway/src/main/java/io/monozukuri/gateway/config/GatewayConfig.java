package io.monozukuri.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything the gateway is told by its deployment: where the services are and how the edge behaves. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The address clients use to reach the gateway; written into {@code servers} of the OpenAPI document. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    Services services();

    Proxy proxy();

    CircuitBreaker circuitBreaker();

    RateLimit rateLimit();

    Links links();

    Health health();

    EdgeCache edgeCache();

    /**
     * The gateway's own cache of the services' public reads (see {@code proxy/EdgeCache}): answers kept by the data
     * version each service streams to the gateway, served from memory while that version is known. Off with
     * {@code CACHE_ENABLED=false} (as in the services) or {@code EDGE_CACHE_ENABLED=false}; how long a version stays known
     * without news from its service is {@code cache.max-staleness} ({@code CACHE_MAX_STALENESS}, 1 s).
     */
    interface EdgeCache {
        /** Whether the gateway follows the services' data versions and serves their public reads from memory. */
        @WithDefault("true")
        boolean enabled();

        /** The most bytes of answers kept ({@code EDGE_CACHE_MAX_BYTES}). */
        @WithDefault("32M")
        MemorySize maxBytes();

        /** The largest answer kept ({@code EDGE_CACHE_MAX_ENTRY_BYTES}); larger ones are passed on and forgotten. */
        @WithDefault("1M")
        MemorySize maxEntryBytes();
    }

    /** How the services behind the gateway are watched (health details and gauges, never its readiness). */
    interface Health {
        /** How often each service's readiness is asked. */
        @WithDefault("15s")
        Duration probeInterval();
    }

    /** How absolute links in proxied answers ({@code Location}, {@code Content-Location}, {@code Link}) are made public. */
    interface Links {
        /**
         * The base URL put in place of a service's own address in those headers ({@code PUBLIC_URL}); when not set,
         * the scheme and host of the request (which honour {@code X-Forwarded-*} when
         * {@code PROXY_ADDRESS_FORWARDING=true}).
         */
        Optional<String> publicUrl();
    }

    /** The three downstream services. */
    interface Services {
        Service measures();

        Service awards();

        Service ingest();
    }

    /** One downstream service. */
    interface Service {
        /** Base URL, e.g. {@code http://localhost:8081}. */
        String url();

        /** Public path prefixes routed to this service, e.g. {@code /api/v1/measures}. */
        List<String> prefixes();

        /**
         * The largest request body forwarded to this service: the same setting the service enforces itself
         * ({@code monozukuri.limits.body.*} in commons), so that an oversized body is refused here, before anything
         * is forwarded.
         */
        MemorySize maxBodySize();
    }

    /** How proxied calls are bounded in time. */
    interface Proxy {
        /** Time to open a connection to a service before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Time without any byte from a service (headers or body) before answering 504. */
        @WithDefault("30s")
        Duration readTimeout();
    }

    /** The circuit breaker kept per downstream service. */
    interface CircuitBreaker {
        /** Calls looked at to decide whether to open the circuit. */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** Share of failed calls among them that opens it. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long it stays open before letting a trial call through. */
        @WithDefault("10s")
        Duration delay();
    }

    /** Requests per client and minute. */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Requests a client may make in one minute. */
        @WithDefault("600")
        int perMinute();

        /** Path prefixes that are limited. */
        @WithDefault("/api/")
        List<String> paths();
    }
}

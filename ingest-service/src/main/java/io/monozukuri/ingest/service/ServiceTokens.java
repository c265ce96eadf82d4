package io.monozukuri.ingest.service;

import io.monozukuri.ingest.config.IngestConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/**
 * Short-lived tokens with group {@code ingest} that ingest-service signs for its own calls to the other services:
 * service-to-service writes are authenticated like any other write. A token is reused until close to expiry.
 */
@ApplicationScoped
public class ServiceTokens {

    private final IngestConfig config;
    private String token;
    private Instant renewAfter = Instant.EPOCH;

    ServiceTokens(IngestConfig config) {
        this.config = config;
    }

    public synchronized String bearer() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAfter)) {
            long lifetime = config.serviceTokenSeconds();
            token = Jwt.subject("ingest-service")
                    .upn("ingest-service")
                    .groups(Set.of("ingest"))
                    .expiresIn(lifetime)
                    .sign();
            renewAfter = now.plusSeconds(lifetime / 2);
        }
        return "Bearer " + token;
    }
}

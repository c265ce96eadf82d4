package io.monozukuri.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of ingest-service ({@code ingest.*}, or the environment variables named in application.properties). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** The largest report accepted, in bytes. */
    @WithDefault("33554432")
    long maxReportBytes();

    /** How many ingest jobs run at the same time. */
    @WithDefault("1")
    int workers();

    /** Lifetime of the tokens ingest-service signs for its calls to the other services. */
    @WithDefault("300")
    long serviceTokenSeconds();
}

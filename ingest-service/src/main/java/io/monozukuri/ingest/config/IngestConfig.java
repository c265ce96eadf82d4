package io.monozukuri.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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

    Jobs jobs();

    /** How jobs are shared between instances and retried. */
    interface Jobs {
        /** How often an instance looks for due jobs (it also looks at once when a job is submitted). */
        @WithDefault("2s")
        Duration pollInterval();

        /** How long a claimed job stays with its instance without a renewal; a dead instance's job waits this long. */
        @WithDefault("60s")
        Duration leaseDuration();

        /** Attempts of a job in all, the first included, while the services it feeds fail transiently. */
        @WithDefault("6")
        int maxAttempts();

        /** The wait after the first failed attempt; doubled after each further one. */
        @WithDefault("2s")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Share of each wait that is random (0 to 1), so that jobs failed together do not retry together. */
        @WithDefault("0.2")
        double jitter();
    }
}

package io.monozukuri.commons.cache;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP caching of public reads, under {@code cache.*} (environment {@code CACHE_…}; each service's
 * application.properties also reads its own {@code MEASURES_CACHE_ENABLED}, {@code AWARDS_CACHE_ENABLED}, …).
 */
@ConfigMapping(prefix = "cache")
public interface CacheConfig {

    /**
     * Whether answers of public reads are kept in memory and served again without any query ({@code CACHE_ENABLED}).
     * ETags and {@code 304} do not depend on it: they come from the data version in any case.
     */
    @WithDefault("true")
    boolean enabled();

    /** The most bytes of answers the response cache holds ({@code CACHE_MAX_BYTES}, e.g. {@code 32M}). */
    @WithDefault("32M")
    MemorySize maxBytes();

    /**
     * The staleness bound: how long a data version confirmed by the database stays usable without a new confirmation
     * ({@code CACHE_MAX_STALENESS}). An instance never serves an answer older than a write committed this long ago,
     * even if it misses the write's notification; normally it learns of the write within milliseconds.
     */
    @WithDefault("1s")
    Duration maxStaleness();

    /**
     * {@code Cache-Control: max-age} of public reads, in seconds ({@code CACHE_MAX_AGE_SECONDS}). 0 (the default)
     * sends {@code no-cache}: clients and proxies may keep answers but revalidate them with {@code If-None-Match},
     * which costs the service no query, so that they never see data older than the staleness bound.
     */
    @WithDefault("0")
    int maxAgeSeconds();

    /**
     * The PostgreSQL {@code NOTIFY} channel on which the service's database announces new data versions. Without it
     * the service keeps no data version: no ETags from it, no response cache (the gateway, ingest-service).
     */
    Optional<String> channel();

    /** The table whose row {@code id = 1} holds the data version. */
    @WithDefault("data_version")
    String versionTable();
}

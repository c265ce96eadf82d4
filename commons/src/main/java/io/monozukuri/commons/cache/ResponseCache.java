package io.monozukuri.commons.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * The serialised answers of public reads, by data version, URI (path and query, as sent) and {@code Accept}: bounded by
 * the bytes it holds ({@link CacheConfig#maxBytes()}), least useful first out (Caffeine), emptied when a new version is
 * known. Only {@code 200} answers of {@code GET}s without {@code Authorization} are kept (see
 * {@link HttpCachingFilters}); they are served again by {@link CachedReadsRoute} before any resource runs. Metrics:
 * {@code cache_*{cache="http-responses"}} (hits, misses, evictions, size, weight).
 */
@Singleton
public class ResponseCache {

    /**
     * What an answer depends on: the data version, the public origin the request was made to ({@link #origin}: the
     * {@code Link} headers a list answers with name it), the URI and {@code Accept}. Compression is applied after the
     * cache (by Vert.x or the gateway).
     */
    public record Key(long version, String origin, String uri, String accept) {}

    /**
     * The origin an answer's absolute links are built for: the {@code Host} and the forwarded scheme, host and prefix
     * the gateway (or a balancer) sets. Taken from the headers as sent, so that two origins never share an answer,
     * whichever of them the service is configured to trust.
     */
    public static String origin(java.util.function.UnaryOperator<String> header) {
        return header.apply("X-Forwarded-Proto")
                + '|'
                + header.apply("X-Forwarded-Host")
                + '|'
                + header.apply("X-Forwarded-Prefix")
                + '|'
                + header.apply("Forwarded")
                + '|'
                + header.apply("Host");
    }

    /**
     * A kept answer: its ETag, content type, the headers its resource set (e.g. {@code Link}) and the body, ready to be
     * written as it is.
     */
    public record Entry(String etag, String contentType, List<Map.Entry<String, String>> headers, Buffer body) {

        int weight() {
            return 2 * contentType.length() + ResponseCache.weight(etag, headers, body);
        }
    }

    private final boolean enabled;
    private final Cache<Key, Entry> cache;

    public ResponseCache(CacheConfig config, DataVersion versions, Instance<MeterRegistry> registries) {
        this.enabled = config.enabled() && versions.enabled();
        long maxBytes = config.maxBytes().asLongValue();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, Entry e) -> e.weight() + keyWeight(k.origin(), k.uri(), k.accept()))
                .recordStats()
                .build();
        if (enabled) {
            // a new version makes every kept answer unreachable: free them now
            versions.onChange(v -> cache.invalidateAll());
            if (registries.isResolvable()) {
                CaffeineCacheMetrics.monitor(registries.get(), cache, "http-responses");
            }
        }
    }

    /**
     * About the bytes a kept answer holds in memory: its body, ETag and headers (characters count twice), plus a fixed
     * overhead per entry. The weight of a bounded cache of answers ({@code cache.max-bytes}, the gateway's
     * {@code gateway.edge-cache.max-bytes}).
     */
    public static int weight(String etag, List<Map.Entry<String, String>> headers, Buffer body) {
        int w = 256 + body.length() + 2 * etag.length();
        for (Map.Entry<String, String> h : headers) {
            w += 2 * (h.getKey().length() + h.getValue().length()) + 32;
        }
        return w;
    }

    /** About the bytes of the strings that key an answer. */
    public static int keyWeight(String origin, String uri, String accept) {
        return 2 * (origin.length() + uri.length() + (accept == null ? 0 : accept.length()));
    }

    /** Whether answers are cached at all ({@code cache.enabled} and a data version). */
    public boolean enabled() {
        return enabled;
    }

    public Entry get(Key key) {
        return cache.getIfPresent(key);
    }

    public void put(Key key, Entry entry) {
        cache.put(key, entry);
    }

    /** How many answers are kept (tests, metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Forgets every answer. */
    public void clear() {
        cache.invalidateAll();
    }
}

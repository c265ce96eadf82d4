package io.monozukuri.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.monozukuri.commons.cache.CacheConfig;
import io.monozukuri.commons.cache.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;

/**
 * The gateway's composed views, kept with the ETags of the services' answers they were made from. The ETag of a view
 * is made from those ETags and the view's parameters, so it changes exactly when a service's data version does. To
 * answer again the gateway asks each service with {@code If-None-Match}: when every service answers {@code 304} (from
 * its memory, no query) the kept view is current and is neither fetched nor composed again. Bounded by entry count
 * ({@code gateway.composed-cache-size}); {@code CACHE_ENABLED=false} keeps nothing (the ETags stay).
 */
@ApplicationScoped
public class ComposedCache {

    /** A composed answer and its ETag (null when a service sent no ETag: then nothing is kept). */
    public record Composed<T>(T body, String etag) {}

    private record Entry(List<String> parts, Composed<?> composed) {}

    private static final int MAX_ENTRIES = 2048;

    private final boolean enabled;
    private final Cache<Object, Entry> entries;

    public ComposedCache(CacheConfig config, Instance<MeterRegistry> registries) {
        this.enabled = config.enabled();
        this.entries =
                Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build();
        if (enabled && registries.isResolvable()) {
            CaffeineCacheMetrics.monitor(registries.get(), entries, "composed-views");
        }
    }

    /** The ETags of the services' answers the kept view of {@code key} was made from, one per part; null if none. */
    public List<String> partsOf(Object key) {
        Entry e = entries.getIfPresent(key);
        return e == null ? null : e.parts();
    }

    /** The kept view of {@code key}. */
    @SuppressWarnings("unchecked")
    public <T> Composed<T> kept(Object key) {
        Entry e = entries.getIfPresent(key);
        return e == null ? null : (Composed<T>) e.composed();
    }

    /**
     * Gives a view made from answers with the ETags {@code parts} its ETag, and keeps it. A part without an ETag makes
     * a view without one, which is not kept.
     */
    public <T> Composed<T> keep(Object key, List<String> parts, T body) {
        if (parts.contains(null)) {
            entries.invalidate(key);
            return new Composed<>(body, null);
        }
        List<String> material = new ArrayList<>(parts);
        material.add(key.toString());
        Composed<T> composed = new Composed<>(body, ETags.of(material.toArray(String[]::new)));
        if (enabled) {
            entries.put(key, new Entry(List.copyOf(parts), composed));
        }
        return composed;
    }

    /** Forgets every kept view. */
    public void clear() {
        entries.invalidateAll();
    }
}

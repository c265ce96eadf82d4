package io.monozukuri.commons.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;

/**
 * A small memo of values that depend only on the data, by data version and key: list totals by filter, stats. While
 * the version is unknown every call computes. The version is read before computing, so a value is never older than
 * its version. Bounded by entry count, least useful first out.
 */
public final class PerVersion<K, V> {

    private record Key<K>(long version, K key) {}

    private final DataVersion versions;
    private final Cache<Key<K>, V> values;

    public PerVersion(DataVersion versions, int maxEntries) {
        this.versions = versions;
        this.values = Caffeine.newBuilder().maximumSize(maxEntries).build();
        versions.onChange(v -> values.invalidateAll());
    }

    /** The value for {@code key} at the current version, computed once per version. */
    public V get(K key, Supplier<V> compute) {
        long version = versions.current();
        if (version == DataVersion.UNKNOWN) {
            return compute.get();
        }
        Key<K> k = new Key<>(version, key);
        V value = values.getIfPresent(k);
        if (value == null) {
            // computed outside the cache's locks: a query may take a while
            value = compute.get();
            values.put(k, value);
        }
        return value;
    }
}

package io.monozukuri.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.commons.cache.ETags;
import io.monozukuri.commons.cache.ResponseCache;
import io.monozukuri.gateway.client.DownstreamVersion;
import io.monozukuri.gateway.client.DownstreamVersions;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.config.GatewayConfig;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gateway's cache of the services' public reads, in the proxy path: a {@code GET}/{@code HEAD} without
 * {@code Authorization} to a service whose data version the gateway knows ({@link DownstreamVersions}) is answered from
 * memory on the event loop when an answer is kept under (service, version, URI as sent, {@code Accept}, the public
 * origin the gateway forwards); the edge handlers (request id, rate limit, security headers, CORS, compression, access
 * log) apply to it as to a proxied answer. A miss is proxied as before; its answer is kept while it is sent on when it is
 * a {@code 200} JSON answer with {@code Content-Length} up to {@code gateway.edge-cache.max-entry-bytes},
 * {@code Cache-Control: public}, no {@code Set-Cookie}, and the ETag the service gives an answer <em>of the version
 * the gateway knew before the call</em> ({@link ETags#of(long, String, String)}): so a kept answer is exactly of the
 * version it is kept under, even when a write committed during the call or another replica of the service answered.
 * A new version of a service empties its kept answers. Bounded by bytes ({@code gateway.edge-cache.max-bytes}); metrics
 * {@code cache_*{cache="edge-responses"}}.
 */
@ApplicationScoped
public class EdgeCache {

    /** What an answer depends on. */
    record Key(Downstream downstream, long version, String origin, String uri, String accept) {}

    /** A kept answer: its ETag, the headers to send again, the body. */
    record Entry(String etag, List<Map.Entry<String, String>> headers, Buffer body) {

        int weight() {
            return ResponseCache.weight(etag, headers, body);
        }
    }

    /**
     * Headers of an answer that are never kept: hop-by-hop, made per answer (by the proxy, the edge handlers or the
     * server) or made for one client.
     */
    private static final Set<String> NOT_KEPT = Set.of(
            "connection",
            "keep-alive",
            "proxy-authenticate",
            "proxy-authorization",
            "proxy-connection",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade",
            "content-length",
            "date",
            "age",
            "warning",
            "x-request-id",
            "retry-after",
            "set-cookie");

    /** Headers a {@code 304} does not carry (RFC 9110 §15.4.5: it describes the kept representation's metadata only). */
    private static final Set<String> NOT_ON_304 = Set.of("content-type", "link");

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** The {@code Date} of the current second, made once a second. */
    private record HttpDate(long second, String text) {}

    private volatile HttpDate date = new HttpDate(-1, "");

    private final boolean enabled;
    private final long maxEntryBytes;
    private final DownstreamVersions versions;
    private final Cache<Key, Entry> cache;

    public EdgeCache(GatewayConfig config, DownstreamVersions versions, Instance<MeterRegistry> registries) {
        this.versions = versions;
        this.enabled = versions.enabled();
        this.maxEntryBytes = config.edgeCache().maxEntryBytes().asLongValue();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.edgeCache().maxBytes().asLongValue())
                .weigher((Key k, Entry e) -> e.weight() + ResponseCache.keyWeight(k.origin(), k.uri(), k.accept()))
                .recordStats()
                .build();
        if (enabled) {
            for (Downstream d : DownstreamVersions.FOLLOWED) {
                DownstreamVersion v = versions.of(d);
                // a new version makes the service's kept answers unreachable: free them now
                v.onChange(version -> clear(d));
            }
            if (registries.isResolvable()) {
                CaffeineCacheMetrics.monitor(registries.get(), cache, "edge-responses");
            }
        }
    }

    /**
     * The key under which the answer to this request may be served or kept, with the service's version read now; null
     * when it may not be (not a public read, a version not known, the cache off).
     */
    Key keyOf(RoutingContext ctx, Downstream downstream) {
        if (!enabled) {
            return null;
        }
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return null;
        }
        MultiMap in = request.headers();
        if (in.contains(HttpHeaders.AUTHORIZATION) || in.contains("Range") || in.contains("If-Range")) {
            return null;
        }
        long version = versions.current(downstream);
        if (version == DataVersion.UNKNOWN) {
            return null;
        }
        String proto = request.scheme();
        String host = request.authority() == null ? null : request.authority().toString();
        // the origin as the service sees it: the forwarded scheme and host the gateway sets, the rest as sent
        String origin = ResponseCache.origin(name -> switch (name) {
            case "X-Forwarded-Proto" -> proto;
            case "X-Forwarded-Host" -> host;
            default -> in.get(name);
        });
        return new Key(downstream, version, origin, request.uri(), in.get(HttpHeaders.ACCEPT));
    }

    /** Answers from memory when an answer is kept under {@code key}; false when the request must be proxied. */
    boolean serve(RoutingContext ctx, Key key) {
        Entry entry = cache.getIfPresent(key);
        if (entry == null) {
            return false;
        }
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        MultiMap out = response.headers();
        out.set(HttpHeaders.DATE, date());
        if (ETags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            for (Map.Entry<String, String> h : entry.headers()) {
                if (!NOT_ON_304.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    out.add(h.getKey(), h.getValue());
                }
            }
            response.setStatusCode(304).end();
            return true;
        }
        for (Map.Entry<String, String> h : entry.headers()) {
            out.add(h.getKey(), h.getValue());
        }
        out.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(entry.body().length()));
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            // headers, then the body, as the proxy sends them: framed alike (a compressed answer is chunked either way)
            response.write(entry.body());
            response.end();
        }
        return true;
    }

    private String date() {
        long now = System.currentTimeMillis() / 1000;
        HttpDate d = date;
        if (d.second() != now) {
            d = new HttpDate(
                    now,
                    HTTP_DATE.format(ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(now), ZoneOffset.UTC)));
            date = d;
        }
        return d.text();
    }

    /**
     * A write to {@code downstream} through the gateway succeeded: its kept answers are forgotten before the write's
     * answer is sent on, and the version known now is not used until a newer one arrives (at most for the staleness
     * bound), so that the client that wrote reads its write at once through the gateway: the service already serves it.
     */
    void written(Downstream downstream) {
        if (enabled && DownstreamVersions.FOLLOWED.contains(downstream)) {
            versions.of(downstream).written();
            clear(downstream);
        }
    }

    /**
     * Prepares a proxied answer to be kept under {@code key} while it is sent, when it may be: the answer's body is
     * copied as it streams to the client, and kept once it was sent whole. Anything else is left untouched.
     *
     * @param uriSent the URI the service was called with (its ETag is made from it)
     * @return what to call once the answer was sent, or null
     */
    Runnable keepWhileSending(Key key, String uriSent, ProxyResponse response) {
        if (key == null || !cacheable(key, uriSent, response)) {
            return null;
        }
        Body body = response.getBody();
        long length = body.length();
        Buffer copy = Buffer.buffer((int) length);
        response.setBody(Body.body(new CopyingStream(body.stream(), copy), length));
        String etag = response.headers().get(HttpHeaders.ETAG);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> h : response.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (!NOT_KEPT.contains(name) && !name.startsWith("ratelimit-")) {
                headers.add(Map.entry(h.getKey(), h.getValue()));
            }
        }
        List<Map.Entry<String, String>> kept = List.copyOf(headers);
        return () -> {
            // only a whole body, and only while the version is still the one it was fetched under
            if (copy.length() == length && versions.current(key.downstream()) == key.version()) {
                cache.put(key, new Entry(etag, kept, copy));
            }
        };
    }

    private boolean cacheable(Key key, String uriSent, ProxyResponse response) {
        if (response.getStatusCode() != 200) {
            return false;
        }
        MultiMap headers = response.headers();
        if (headers.contains("Set-Cookie") || headers.contains(HttpHeaders.TRANSFER_ENCODING)) {
            return false;
        }
        long length = response.getBody() == null ? -1 : response.getBody().length();
        String declared = headers.get(HttpHeaders.CONTENT_LENGTH);
        if (declared == null
                || length < 0
                || length > maxEntryBytes
                || !declared.trim().equals(Long.toString(length))) {
            return false;
        }
        if (!json(headers.get(HttpHeaders.CONTENT_TYPE))
                || !publicCacheControl(headers.getAll(HttpHeaders.CACHE_CONTROL))) {
            return false;
        }
        if (!varyCovered(headers.getAll(HttpHeaders.VARY))) {
            return false;
        }
        String etag = headers.get(HttpHeaders.ETAG);
        // the answer is of the version read before the call: nothing newer or older is kept under it
        return etag != null && etag.equals(ETags.of(key.version(), uriSent, key.accept()));
    }

    static boolean json(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        String type =
                (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static boolean publicCacheControl(List<String> values) {
        boolean isPublic = false;
        for (String value : values) {
            for (String directive : value.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.equals("public")) {
                    isPublic = true;
                } else if (d.equals("private") || d.startsWith("private=") || d.equals("no-store")) {
                    return false;
                }
            }
        }
        return isPublic;
    }

    /** Whether the key covers everything the answer varies with: {@code Accept} (and the encoding, added at the edge). */
    private static boolean varyCovered(List<String> values) {
        for (String value : values) {
            for (String field : value.split(",")) {
                String f = field.trim().toLowerCase(Locale.ROOT);
                if (!f.isEmpty() && !f.equals("accept") && !f.equals("accept-encoding")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Forgets the kept answers of one service. */
    void clear(Downstream downstream) {
        cache.asMap().keySet().removeIf(k -> k.downstream() == downstream);
    }

    /** Forgets every kept answer. */
    public void clear() {
        cache.invalidateAll();
    }

    /** How many answers are kept (tests, metrics). */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Whether answers are served from memory at all. */
    public boolean enabled() {
        return enabled;
    }

    /** A body passed on as it comes, and copied meanwhile. */
    private static final class CopyingStream implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final Buffer copy;

        CopyingStream(ReadStream<Buffer> source, Buffer copy) {
            this.source = source;
            this.copy = copy;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
            } else {
                source.handler(chunk -> {
                    copy.appendBuffer(chunk);
                    handler.handle(chunk);
                });
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}

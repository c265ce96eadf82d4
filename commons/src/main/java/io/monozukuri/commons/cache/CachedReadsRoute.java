package io.monozukuri.commons.cache;

import io.monozukuri.commons.requestid.RequestIds;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The hit path of the {@link ResponseCache}, on the event loop, before Quarkus REST: per request one read of the data
 * version (a volatile field and the clock), one cache lookup, then either {@code 304} or the kept bytes with their
 * headers. No query, no blocking, no serialisation. Anything else (a miss, an unknown version, a write, a request with
 * {@code Authorization}) goes on to the resources unchanged.
 */
@Singleton
public class CachedReadsRoute {

    private final DataVersion versions;
    private final ResponseCache cache;
    private final String cacheControl;

    public CachedReadsRoute(DataVersion versions, ResponseCache cache, CacheConfig config) {
        this.versions = versions;
        this.cache = cache;
        this.cacheControl = ETags.cacheControl(config.maxAgeSeconds());
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.route(HttpCachingFilters.PREFIX + "*")
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(this::handle);
        }
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        MultiMap in = request.headers();
        long version = versions.current();
        if (version == DataVersion.UNKNOWN || in.contains(HttpHeaders.AUTHORIZATION)) {
            ctx.next();
            return;
        }
        ResponseCache.Entry entry = cache.get(new ResponseCache.Key(
                version, ResponseCache.origin(in::get), request.uri(), in.get(HttpHeaders.ACCEPT)));
        if (entry == null) {
            ctx.next();
            return;
        }
        HttpServerResponse response = ctx.response();
        MultiMap out = response.headers();
        String requestId = RequestIds.acceptOrCreate(in.get(RequestIds.HEADER));
        // the access log reads it from the request, as for answers made by the resources
        in.set(RequestIds.HEADER, requestId);
        out.set(RequestIds.HEADER, requestId);
        out.set(HttpHeaders.ETAG, entry.etag());
        out.set(HttpHeaders.CACHE_CONTROL, cacheControl);
        out.set(HttpHeaders.VARY, ETags.VARY);
        if (ETags.matches(in.get(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        for (Map.Entry<String, String> h : entry.headers()) {
            out.add(h.getKey(), h.getValue());
        }
        out.set(HttpHeaders.CONTENT_TYPE, entry.contentType());
        if (method == HttpMethod.HEAD) {
            out.set(HttpHeaders.CONTENT_LENGTH, Integer.toString(entry.body().length()));
            response.end();
        } else {
            response.end(entry.body());
        }
    }
}

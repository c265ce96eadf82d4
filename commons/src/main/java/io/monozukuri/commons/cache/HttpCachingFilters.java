package io.monozukuri.commons.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of public reads ({@code GET}/{@code HEAD} under {@code /api/v1/}) in every service that keeps a
 * {@link DataVersion}: the ETag of an answer is made from the data version, the URI and {@code Accept} (see
 * {@link ETags}), so it is known before the resource runs, and a matching {@code If-None-Match} answers {@code 304}
 * without any query; every {@code 200} carries {@code ETag}, {@code Cache-Control} and {@code Vary: Accept}. A
 * {@code 200} JSON answer to a {@code GET} without {@code Authorization} is serialised here once and kept in the
 * {@link ResponseCache} under the version read <em>before</em> the resource ran (so a kept answer is never older
 * than its key); {@link CachedReadsRoute} serves it again. After a successful write the version is read again at once,
 * so that this instance's next read shows the write.
 */
public class HttpCachingFilters {

    private static final Logger LOG = Logger.getLogger(HttpCachingFilters.class);
    static final String ETAG = "monozukuri.cache.etag";
    static final String KEY = "monozukuri.cache.key";
    static final String PREFIX = "/api/v1/";

    /** Headers of an answer that are not kept with it: made per request, or by this filter. */
    private static final Set<String> NOT_KEPT = Set.of(
            "content-length",
            "content-type",
            "etag",
            "cache-control",
            "vary",
            "date",
            "x-request-id",
            "transfer-encoding",
            "connection",
            "keep-alive");

    private final DataVersion versions;
    private final ResponseCache cache;
    private final ObjectMapper json;
    private final String cacheControl;

    public HttpCachingFilters(DataVersion versions, ResponseCache cache, CacheConfig config, ObjectMapper json) {
        this.versions = versions;
        this.cache = cache;
        this.json = json;
        this.cacheControl = ETags.cacheControl(config.maxAgeSeconds());
    }

    @ServerRequestFilter
    public Optional<Response> conditional(ContainerRequestContext request, HttpServerRequest http) {
        if (!versions.enabled() || !publicRead(request.getMethod(), http.path())) {
            return Optional.empty();
        }
        long version = versions.current();
        boolean known = version != DataVersion.UNKNOWN;
        if (!known) {
            version = versions.currentOrRead();
            if (version == DataVersion.UNKNOWN) {
                return Optional.empty();
            }
        }
        String uri = http.uri();
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        String etag = ETags.of(version, uri, accept);
        request.setProperty(ETAG, etag);
        if (known
                && cache.enabled()
                && "GET".equals(request.getMethod())
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            request.setProperty(
                    KEY, new ResponseCache.Key(version, ResponseCache.origin(http::getHeader), uri, accept));
        }
        // "*" waits for the answer: it matches only a resource that exists
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag, false)) {
            return Optional.of(notModified(etag));
        }
        return Optional.empty();
    }

    /** Runs after the other response filters (lowest priority last), so that their headers are kept too. */
    @ServerResponseFilter(priority = 10)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!versions.enabled()) {
            return;
        }
        if (!safe(request.getMethod())) {
            if (response.getStatus() < 300) {
                versions.refresh();
            }
            return;
        }
        Object etag = request.getProperty(ETAG);
        if (etag == null || response.getStatus() != 200) {
            return;
        }
        if (ETags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag.toString())) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag.toString());
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, ETags.VARY);
        Object key = request.getProperty(KEY);
        if (key != null && response.getStatus() == 200) {
            keep((ResponseCache.Key) key, etag.toString(), response);
        }
    }

    private void keep(ResponseCache.Key key, String etag, ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity == null
                || entity instanceof StreamingOutput
                || entity instanceof InputStream
                || entity instanceof File
                || entity instanceof Path
                || entity instanceof byte[]
                || entity instanceof CharSequence
                || (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                || response.getHeaders().containsKey("Set-Cookie")) {
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            LOG.debugf("answer to %s not cached: %s", key.uri(), e.toString());
            return;
        }
        String contentType = type == null ? MediaType.APPLICATION_JSON : type.toString();
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> h : response.getStringHeaders().entrySet()) {
            if (!NOT_KEPT.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                for (String value : h.getValue()) {
                    headers.add(Map.entry(h.getKey(), value));
                }
            }
        }
        // the bytes kept are the bytes sent now: serialised once
        response.setEntity(body, null, MediaType.valueOf(contentType));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
        cache.put(key, new ResponseCache.Entry(etag, contentType, List.copyOf(headers), Buffer.buffer(body)));
    }

    private Response notModified(String etag) {
        return Response.notModified()
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, ETags.VARY)
                .build();
    }

    static boolean publicRead(String method, String path) {
        return ("GET".equals(method) || "HEAD".equals(method)) && path != null && path.startsWith(PREFIX);
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}

package io.monozukuri.measures.rest;

import io.monozukuri.measures.config.MeasuresConfig;
import io.monozukuri.measures.repository.DataVersionRepository;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP caching of public reads. The data changes only when a report is ingested or a measure corrected, and
 * both bump the data version; the ETag of a GET is a hash of that version, the request URI and the Accept
 * header, so it is known before any query runs and a matching {@code If-None-Match} costs one tiny read.
 */
public class HttpCachingFilters {

    private static final String ETAG = "measures.etag";

    private final DataVersionRepository versions;
    private final MeasuresConfig config;

    public HttpCachingFilters(DataVersionRepository versions, MeasuresConfig config) {
        this.versions = versions;
        this.config = config;
    }

    @ServerRequestFilter
    public Optional<Response> notModified(ContainerRequestContext request) {
        if (!cacheable(request)) {
            return Optional.empty();
        }
        String etag = etag(request);
        request.setProperty(ETAG, etag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Optional.of(Response.notModified()
                    .header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build());
        }
        return Optional.empty();
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = request.getProperty(ETAG);
        if (etag != null && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag.toString());
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
    }

    private static boolean cacheable(ContainerRequestContext request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getUriInfo().getPath().startsWith("/api/v1/");
    }

    private String etag(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        String key =
                versions.current() + "\n" + request.getUriInfo().getRequestUri().getRawPath() + "?"
                        + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + (accept == null ? "" : accept);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private String cacheControl() {
        return "public, max-age=" + config.cache().maxAgeSeconds();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}

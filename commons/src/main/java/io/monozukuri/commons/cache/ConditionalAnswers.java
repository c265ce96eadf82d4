package io.monozukuri.commons.cache;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers of reads whose ETag a resource knows itself (the gateway's composed views, made from the ETags of what they
 * compose): {@code 304} when {@code If-None-Match} matches, otherwise {@code 200}; both with the headers of
 * {@link HttpCachingFilters}.
 */
public final class ConditionalAnswers {

    private ConditionalAnswers() {}

    /**
     * @param etag null when the answer has none (then a plain 200)
     * @param ifNoneMatch the request's header, or null
     */
    public static Response of(Object entity, String etag, String ifNoneMatch, int maxAgeSeconds) {
        if (etag == null) {
            return Response.ok(entity).build();
        }
        Response.ResponseBuilder answer =
                ETags.matches(ifNoneMatch, etag) ? Response.notModified() : Response.ok(entity);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, ETags.cacheControl(maxAgeSeconds))
                .header(HttpHeaders.VARY, ETags.VARY)
                .build();
    }
}

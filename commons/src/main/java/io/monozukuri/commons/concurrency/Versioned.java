package io.monozukuri.commons.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * An answer of a write together with the version of the resource it left (see {@link IfMatch}): the service returns
 * it, the resource answers {@link #ok()}, whose strong {@code ETag} a client sends back in {@code If-Match}.
 */
public record Versioned<T>(T value, long version) {

    /** {@code 200} with the value as the body and {@code ETag: "<version>"}. */
    public Response ok() {
        return Response.ok(value).tag(IfMatch.entityTag(version)).build();
    }

    /** The strong entity tag of the version, as JAX-RS writes it ({@code "42"}). */
    public EntityTag tag() {
        return IfMatch.entityTag(version);
    }
}

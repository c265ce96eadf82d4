package io.monozukuri.gateway.openapi;

import io.monozukuri.commons.openapi.ApiDocumentFilter;

/**
 * The commons filter for the gateway's document: the gateway's own composed views (search, a scheme's measures)
 * carry ETags and answer 304 like the services' reads (the services' operations come documented from their builds).
 */
public class ComposedReadsFilter extends ApiDocumentFilter {

    @Override
    protected boolean conditionalReads(String path) {
        return path.equals("/api/v1/search") || path.equals("/api/v1/award-schemes/{id}/measures");
    }
}

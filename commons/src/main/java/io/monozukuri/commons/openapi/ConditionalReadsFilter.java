package io.monozukuri.commons.openapi;

/**
 * {@link ApiDocumentFilter} for a service whose public reads carry an ETag (and Cache-Control) and answer 304 to a
 * matching If-None-Match.
 */
public class ConditionalReadsFilter extends ApiDocumentFilter {

    @Override
    protected boolean conditionalReads() {
        return true;
    }
}

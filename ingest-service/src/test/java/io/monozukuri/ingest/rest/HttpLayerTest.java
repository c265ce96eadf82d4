package io.monozukuri.ingest.rest;

import io.monozukuri.testsupport.HttpLayerContract;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** 414, 431, 413 (declared and chunked), 408 and the security headers, as problems, at the HTTP layer. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class HttpLayerTest extends HttpLayerContract {

    @Override
    protected String readPath() {
        return "/api/v1/ingest/jobs";
    }

    @Override
    protected String writeRequestLine() {
        return "POST /api/v1/ingest/preview";
    }

    @Override
    protected long bodyLimit() {
        return 32L * 1024 * 1024;
    }

    @Override
    protected String authorization() {
        return "Bearer " + Tokens.ingest();
    }

    @Override
    protected String writeContentType() {
        return "text/plain; charset=UTF-8";
    }
}

package io.monozukuri.measures.rest;

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
class HttpLayerTest extends HttpLayerContract {

    @Override
    protected String readPath() {
        return "/api/v1/measures";
    }

    @Override
    protected String writeRequestLine() {
        return "PATCH /api/v1/measures/00000000-0000-0000-0000-000000000001";
    }

    @Override
    protected long bodyLimit() {
        return 10L * 1024 * 1024;
    }

    @Override
    protected String authorization() {
        return "Bearer " + Tokens.editor();
    }

    @Override
    protected String writeContentType() {
        return "application/merge-patch+json";
    }
}

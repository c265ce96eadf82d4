package io.monozukuri.awards.rest;

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
        return "/api/v1/award-schemes";
    }

    @Override
    protected String writeRequestLine() {
        return "POST /api/v1/award-schemes/00000000-0000-0000-0000-000000000001/editions";
    }

    @Override
    protected long bodyLimit() {
        return 1024L * 1024;
    }

    @Override
    protected String authorization() {
        return "Bearer " + Tokens.editor();
    }

    @Override
    protected String writeContentType() {
        return "application/json";
    }
}

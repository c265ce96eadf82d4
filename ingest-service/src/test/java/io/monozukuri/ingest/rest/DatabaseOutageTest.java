package io.monozukuri.ingest.rest;

import io.monozukuri.testsupport.DatabaseOutageContract;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.StoppablePostgres;
import io.monozukuri.testsupport.StoppablePostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The service's database stopped and started while it runs: 503 with Retry-After, not ready, then recovery. */
@QuarkusTest
@WithTestResource(StoppablePostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class DatabaseOutageTest extends DatabaseOutageContract {

    @StoppablePostgresResource.Server
    StoppablePostgres database;

    @Override
    protected StoppablePostgres database() {
        return database;
    }

    @Override
    protected String readPath() {
        return "/api/v1/ingest/jobs";
    }

    @Override
    protected String ownedTable() {
        return "ingest_job";
    }
}

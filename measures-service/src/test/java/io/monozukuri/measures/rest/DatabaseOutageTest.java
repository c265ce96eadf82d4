package io.monozukuri.measures.rest;

import io.monozukuri.testsupport.DatabaseOutageContract;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.StoppablePostgres;
import io.monozukuri.testsupport.StoppablePostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;

/** The service's database stopped and started while it runs: 503 with Retry-After, not ready, then recovery. */
@QuarkusTest
@WithTestResource(StoppablePostgresResource.class)
@WithTestResource(JwtResource.class)
class DatabaseOutageTest extends DatabaseOutageContract {

    @StoppablePostgresResource.Server
    StoppablePostgres database;

    @Override
    protected StoppablePostgres database() {
        return database;
    }

    @Override
    protected String readPath() {
        return "/api/v1/measures";
    }

    /** The list (JDBC, on a worker thread) and one measure (the reactive client, on the event loop). */
    @Override
    protected Map<String, Integer> reads() {
        return Map.of(readPath(), 200, "/api/v1/measures/" + UUID.randomUUID(), 404);
    }

    @Override
    protected String ownedTable() {
        return "measure";
    }
}

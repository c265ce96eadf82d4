package io.monozukuri.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A database outage as a service must live through it: while its PostgreSQL is stopped, reads answer 503 with
 * {@code Retry-After} (a problem, not a 500) and readiness is DOWN; once it is started again, the same running service
 * answers 200 and is ready, without a restart. A database that is reachable but lacks the schema is not ready either.
 * A module's test extends it with {@code @WithTestResource(StoppablePostgresResource.class)}.
 */
public abstract class DatabaseOutageContract {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The service's own database server, stoppable. */
    protected abstract StoppablePostgres database();

    /** A read that needs the database and answers 200 when it is there. */
    protected abstract String readPath();

    /**
     * Every read that needs the database, with its status while the database is there (by default {@link #readPath()}
     * and 200); a service adds the reads that take another road to the database (another client, another thread).
     */
    protected Map<String, Integer> reads() {
        return Map.of(readPath(), 200);
    }

    /** A table the service owns. */
    protected abstract String ownedTable();

    @Test
    void aStoppedDatabaseGives503WithRetryAfterAndNotReadyThenRecoversWithoutARestart() throws Exception {
        for (Map.Entry<String, Integer> read : reads().entrySet()) {
            assertEquals((int) read.getValue(), get(read.getKey()).statusCode(), read.getKey());
        }
        assertEquals(200, get("/q/health/ready").statusCode());

        database().stop();
        try {
            for (String path : reads().keySet()) {
                HttpResponse<String> down = get(path);
                assertEquals(503, down.statusCode(), () -> path + " " + down.body());
                assertEquals(
                        "application/problem+json",
                        down.headers().firstValue("Content-Type").orElse(""));
                assertTrue(down.body().contains("\"status\":503"), down.body());
                String retryAfter = down.headers().firstValue("Retry-After").orElse(null);
                assertNotNull(retryAfter, "Retry-After");
                assertTrue(Integer.parseInt(retryAfter) > 0, retryAfter);
            }

            HttpResponse<String> ready = get("/q/health/ready");
            assertEquals(503, ready.statusCode(), ready::body);
            assertTrue(ready.body().contains("\"DOWN\""), ready.body());
        } finally {
            database().start();
        }

        for (Map.Entry<String, Integer> read : reads().entrySet()) {
            awaitStatus(read.getKey(), read.getValue());
        }
        awaitStatus("/q/health/ready", 200);
    }

    @Test
    void aDatabaseWithoutTheSchemaIsNotReady() throws Exception {
        awaitStatus("/q/health/ready", 200);
        database().execute(StoppablePostgresResource.DATABASE, "ALTER TABLE " + ownedTable() + " RENAME TO moved_away");
        try {
            HttpResponse<String> ready = get("/q/health/ready");
            assertEquals(503, ready.statusCode(), ready::body);
            assertTrue(ready.body().contains("database schema"), ready.body());
        } finally {
            database().execute(StoppablePostgresResource.DATABASE, "ALTER TABLE moved_away RENAME TO " + ownedTable());
        }
        database().execute(StoppablePostgresResource.DATABASE, "UPDATE flyway_schema_history SET success = false");
        try {
            HttpResponse<String> ready = get("/q/health/ready");
            assertEquals(503, ready.statusCode(), ready::body);
            assertTrue(ready.body().contains("schemaVersion"), ready.body());
        } finally {
            database().execute(StoppablePostgresResource.DATABASE, "UPDATE flyway_schema_history SET success = true");
        }
        awaitStatus("/q/health/ready", 200);
    }

    /** Polls until the path answers the status (the pool replaces its broken connections on first use). */
    private void awaitStatus(String path, int status) throws Exception {
        await(path, r -> r.statusCode() == status, Duration.ofSeconds(60));
    }

    private void await(String path, Predicate<HttpResponse<String>> done, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (done.test(last)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not recover; last answer "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI base = URI.create(ConfigProvider.getConfig().getValue("test.url", String.class));
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

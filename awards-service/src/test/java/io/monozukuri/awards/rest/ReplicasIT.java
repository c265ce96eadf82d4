package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.testsupport.ServiceProcess;
import io.monozukuri.testsupport.TestDatabases;
import io.monozukuri.testsupport.TestKeys;
import io.monozukuri.testsupport.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the built awards-service on one database: an ingest of a report's award table or an editor's write
 * (an edition, a recipient) on one is served by the other within the staleness bound (cache.max-staleness, 1 s by
 * default), at once by the one that wrote; ETags change with the data.
 */
class ReplicasIT {

    private static final Duration BOUND = Duration.ofSeconds(1);

    private static TestDatabases.Database db;
    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.create("awards_replicas");
        Path key = Files.createTempFile("replicas-public", ".pem");
        Files.writeString(key, TestKeys.publicKeyPem());
        Map<String, String> env = new HashMap<>(ServiceProcess.databaseEnv(db));
        env.put("JWT_ISSUER", TestKeys.ISSUER);
        env.put("JWT_PUBLIC_KEY_LOCATION", key.toString());
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        a = ServiceProcess.start("awards-a", jar, env, Duration.ofMinutes(4));
        b = ServiceProcess.start("awards-b", jar, env, Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (db != null) {
            TestDatabases.drop(db);
        }
    }

    @Test
    void anIngestAndAnEditorsWritesOnOneInstanceAreServedByTheOtherWithinTheBound() throws Exception {
        String schemes = "/api/v1/award-schemes?q=複製";
        assertThat((Integer) read(b, schemes).path("totalItems")).isZero();
        String before = read(b, schemes).header("ETag");

        // an ingest on A
        String name = "複製テスト賞-" + UUID.randomUUID().toString().substring(0, 8);
        String scheme = given().baseUri(a.url())
                .auth()
                .oauth2(Tokens.ingest())
                .contentType("application/json; charset=UTF-8")
                .body(Fixtures.report(2020, List.of(Fixtures.scheme(name, List.of("大臣賞")))))
                .put("/internal/v1/reports/{id}/award-schemes", UUID.randomUUID())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("schemes[0].id");
        assertThat((Integer) read(a, schemes).path("totalItems")).isEqualTo(1);
        assertThat(awaitOn(b, schemes, r -> ((Integer) r.path("totalItems")) == 1))
                .isLessThan(BOUND.toMillis());
        assertThat(read(b, schemes).header("ETag")).isNotEqualTo(before);

        // an edition created on A
        String editions = "/api/v1/award-schemes/" + scheme + "/editions";
        String editionsBefore = read(b, editions).header("ETag");
        given().baseUri(a.url())
                .auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body("{\"number\": 1, \"year\": 2021}")
                .post(editions)
                .then()
                .statusCode(201);
        assertThat((Integer) read(a, editions).path("totalItems")).isEqualTo(1);
        assertThat(awaitOn(b, editions, r -> ((Integer) r.path("totalItems")) == 1))
                .isLessThan(BOUND.toMillis());
        ExtractableResponse<Response> after = read(b, editions);
        assertThat(after.header("ETag")).isNotEqualTo(editionsBefore);
        given().baseUri(b.url())
                .header("If-None-Match", editionsBefore)
                .get(editions)
                .then()
                .statusCode(200);
        given().baseUri(b.url())
                .header("If-None-Match", after.header("ETag"))
                .get(editions)
                .then()
                .statusCode(304);

        // the guarantee without polling: a read that starts a bound after the write is fresh
        given().baseUri(a.url())
                .auth()
                .oauth2(Tokens.editor())
                .contentType("application/json")
                .body("{\"since\": 1999}")
                .patch("/api/v1/award-schemes/" + scheme)
                .then()
                .statusCode(200);
        Thread.sleep(BOUND.toMillis());
        assertThat((Integer) read(b, "/api/v1/award-schemes/" + scheme).path("since"))
                .isEqualTo(1999);
    }

    private static ExtractableResponse<Response> read(ServiceProcess instance, String path) {
        return given().baseUri(instance.url()).get(path).then().statusCode(200).extract();
    }

    /**
     * Reads until {@code fresh} holds; answers how many ms after the call the read that was fresh <em>started</em>: the
     * staleness seen, whatever the reads themselves cost on a loaded machine (fails after 10 s).
     */
    private static long awaitOn(ServiceProcess instance, String path, Predicate<ExtractableResponse<Response>> fresh)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (true) {
            long sent = System.nanoTime();
            if (fresh.test(read(instance, path))) {
                long millis = Duration.ofNanos(sent - start).toMillis();
                System.out.printf(
                        "[replicas] %s: a read of %s sent %d ms after the write was fresh (%d ms with the read)%n",
                        instance.url(),
                        path,
                        millis,
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                return millis;
            }
            assertThat(System.nanoTime()).as("served fresh within 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}

package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The data version as a stream of server-sent events (commons' DataVersionStream, what the gateway's edge cache
 * follows): the current version at once, a new version as soon as a write committed (well before the next heartbeat),
 * and heartbeats repeating the version.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class DataVersionStreamTest {

    @TestHTTPResource("/internal/v1/data-version")
    URL stream;

    @Inject
    DataVersion version;

    @Test
    void sendsTheVersionAtOnceThenEveryNewVersionThenHeartbeats() throws Exception {
        UUID report = Fixtures.importNew(Fixtures.report());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (version.current() == DataVersion.UNKNOWN) {
            assertThat(System.nanoTime()).as("version known").isLessThan(deadline);
            Thread.sleep(20);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<InputStream> response = http.send(
                HttpRequest.newBuilder(URI.create(stream.toString()))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        BlockingQueue<Long> events = new ArrayBlockingQueue<>(1000);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        events.add(Long.parseLong(line.substring(6)));
                    }
                }
            } catch (Exception e) {
                // closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            Long first = events.poll(2, TimeUnit.SECONDS);
            assertThat(first).as("the version at once").isNotNull().isEqualTo(version.current());

            given().header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body("{\"title\": \"ストリーム\"}")
                    .patch("/api/v1/measures/" + Fixtures.measureId(report, "1-1-1"))
                    .then()
                    .statusCode(200);
            long written = System.nanoTime();
            // the test profile's max-staleness is 10 s: a heartbeat every 2.5 s; the new version comes sooner
            Long next;
            do {
                next = events.poll(1, TimeUnit.SECONDS);
                assertThat(next).as("an event within 1 s of the write").isNotNull();
            } while (next.equals(first));
            assertThat(next).isGreaterThan(first);
            assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(Duration.ofSeconds(1));

            // heartbeats repeat it
            Long heartbeat = events.poll(4, TimeUnit.SECONDS);
            assertThat(heartbeat).isEqualTo(version.current());
        } finally {
            response.body().close();
        }
    }
}

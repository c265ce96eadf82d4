package io.monozukuri.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.monozukuri.commons.cache.DataVersion;
import io.monozukuri.gateway.client.DownstreamVersions;
import io.monozukuri.gateway.config.Downstream;
import io.monozukuri.gateway.proxy.EdgeCache;
import io.monozukuri.testsupport.ServiceProcess;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway's edge cache against the built measures-service and awards-service on real PostgreSQL databases
 * ({@link ServicesResource}): a repeated public read is answered by the gateway without reaching the service (counted in
 * the service's access log), exactly as a proxied one (headers, compression, CORS, rate limit, request id); a
 * correction — through the gateway or on the service itself — is served through the gateway within the stated bound
 * (the service's cache.max-staleness plus the gateway's, 1 s + 1 s), with a new ETag; requests with Authorization and
 * exports always reach the service; without a service's version stream every read is proxied.
 */
@QuarkusTest
@WithTestResource(ServicesResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeCacheTest {

    /** The stated bound: the services' cache.max-staleness plus the gateway's (both 1 s by default). */
    private static final Duration BOUND = Duration.ofSeconds(2);

    private static UUID report;

    @BeforeAll
    static void data() throws Exception {
        if (report != null) {
            return;
        }
        report = UUID.randomUUID();
        given().baseUri(ServicesResource.measures().url())
                .header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(sample("report-import.json"))
                .put("/internal/v1/reports/" + report)
                .then()
                .statusCode(201);
        given().baseUri(ServicesResource.awards().url())
                .header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(new String(sample("report-schemes.json"), StandardCharsets.UTF_8)
                        .replace("2b0c8c4e-4d7a-3f0e-8f1b-6a9b3c2d1e0f", report.toString())
                        .getBytes(StandardCharsets.UTF_8))
                .put("/internal/v1/reports/" + report + "/award-schemes")
                .then()
                .statusCode(200);
    }

    @Test
    @Order(1)
    void aRepeatedReadIsAnsweredByTheGatewayWithoutReachingTheService() throws Exception {
        awaitKnown(Downstream.MEASURES);
        String path = "/api/v1/measures/" + measureId("1-1-1");
        ExtractableResponse<Response> first = given().header("Accept-Encoding", "identity")
                .get(path)
                .then()
                .statusCode(200)
                .extract();
        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/\"");
        long reached = awaitAccesses(ServicesResource.measures(), "GET", path, 1);

        for (int i = 0; i < 5; i++) {
            ExtractableResponse<Response> again =
                    given().get(path).then().statusCode(200).extract();
            assertThat(again.header("ETag")).isEqualTo(etag);
            assertThat(again.asString()).isEqualTo(first.asString());
        }
        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache");
        ExtractableResponse<Response> head = given().header("Accept-Encoding", "identity")
                .head(path)
                .then()
                .statusCode(200)
                .extract();
        assertThat(head.header("ETag")).isEqualTo(etag);
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(first.asByteArray().length));
        assertThat(head.asByteArray()).isEmpty();
        assertThat(settledAccesses(ServicesResource.measures(), "GET", path))
                .as("reads after the first are answered by the gateway")
                .isEqualTo(reached);
        assertThat(settledAccesses(ServicesResource.measures(), "HEAD", path)).isZero();
        assertThat(edgeCache().size()).isPositive();

        // a request with Authorization always reaches the service, and its answer is not the kept one's source
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", etag);
        awaitAccesses(ServicesResource.measures(), "GET", path, reached + 1);

        // awards-service's reads are kept too
        awaitKnown(Downstream.AWARDS);
        String schemes = "/api/v1/award-schemes?size=5";
        given().get(schemes).then().statusCode(200);
        long schemesReached = awaitAccesses(ServicesResource.awards(), "GET", schemes, 1);
        given().get(schemes).then().statusCode(200);
        given().get(schemes).then().statusCode(200);
        assertThat(settledAccesses(ServicesResource.awards(), "GET", schemes)).isEqualTo(schemesReached);
    }

    @Test
    @Order(2)
    void answersFromMemoryCarryTheHeadersOfProxiedAnswers() throws Exception {
        awaitKnown(Downstream.MEASURES);
        // a list: its Link headers name the gateway, its body is compressed at the edge, CORS and the rate limit apply
        String path = "/api/v1/measures?report=" + report + "&size=2";
        ExtractableResponse<Response> proxied = read(path, "edge-proxied");
        long reached = awaitAccesses(ServicesResource.measures(), "GET", path, 1);
        ExtractableResponse<Response> fromMemory = read(path, "edge-hit");
        assertThat(settledAccesses(ServicesResource.measures(), "GET", path))
                .as("the second read was answered from memory")
                .isEqualTo(reached);

        assertThat(comparable(fromMemory)).isEqualTo(comparable(proxied));
        assertThat(fromMemory.asString()).isEqualTo(proxied.asString());
        assertThat(fromMemory.header("X-Request-ID")).isEqualTo("edge-hit");
        assertThat(fromMemory.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(fromMemory.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.org");
        assertThat(fromMemory.header("RateLimit-Limit")).isEqualTo("100000");
        assertThat(fromMemory.header("Link")).contains("http://localhost:");
        assertThat(fromMemory.header("Date")).isNotBlank();
    }

    @Test
    @Order(3)
    void aCorrectionIsServedThroughTheGatewayWithinTheBound() throws Exception {
        awaitKnown(Downstream.MEASURES);
        String path = "/api/v1/measures/" + measureId("1-1-1-(2)");
        String before = given().get(path).then().statusCode(200).extract().header("ETag");
        given().get(path).then().statusCode(200).header("ETag", before);

        // through the gateway
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"境界テスト一\"}")
                .patch(path)
                .then()
                .statusCode(200);
        // whoever wrote through the gateway reads the write through it at once, not only within the bound
        ExtractableResponse<Response> next =
                given().get(path).then().statusCode(200).extract();
        assertThat((String) next.path("title")).isEqualTo("境界テスト一");
        String after = next.header("ETag");
        assertThat(after).isNotEqualTo(before);
        // and from memory again once the gateway knows the new version
        awaitKnown(Downstream.MEASURES);
        long before2 = settledAccesses(ServicesResource.measures(), "GET", path);
        given().get(path).then().statusCode(200).header("ETag", after);
        long reached = awaitAccesses(ServicesResource.measures(), "GET", path, before2 + 1);
        given().get(path).then().statusCode(200).header("ETag", after);
        assertThat(settledAccesses(ServicesResource.measures(), "GET", path)).isEqualTo(reached);
        given().header("If-None-Match", before).get(path).then().statusCode(200);
        given().header("If-None-Match", after).get(path).then().statusCode(304);

        // on the service itself: the gateway learns of it from the version stream
        correctOnService(path, "境界テスト二");
        long millis = awaitThroughGateway(path, r -> "境界テスト二".equals(r.path("title")));
        assertThat(millis).isLessThan(BOUND.toMillis());

        // the guarantee itself, without polling: a read that starts a bound after the write is fresh
        given().get(path).then().statusCode(200);
        correctOnService(path, "境界テスト三");
        Thread.sleep(BOUND.toMillis());
        ExtractableResponse<Response> fresh =
                given().get(path).then().statusCode(200).extract();
        assertThat((String) fresh.path("title")).isEqualTo("境界テスト三");
        assertThat(fresh.header("ETag")).isNotEqualTo(after);
    }

    @Test
    @Order(4)
    void exportsAreNeverKept() throws Exception {
        awaitKnown(Downstream.MEASURES);
        String path = "/api/v1/measures?report=" + report + "&size=3&sort=code";
        for (int i = 1; i <= 3; i++) {
            String csv = given().header("Accept", "text/csv")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                    .extract()
                    .asString();
            assertThat(csv).contains("1-1-1");
            awaitAccesses(ServicesResource.measures(), "GET", path, i);
        }
    }

    @Test
    @Order(5)
    void withoutItsVersionStreamEveryReadOfAServiceIsProxied() throws Exception {
        awaitKnown(Downstream.AWARDS);
        String path = "/api/v1/award-schemes?size=3";
        given().get(path).then().statusCode(200);
        long reached = awaitAccesses(ServicesResource.awards(), "GET", path, 1);
        given().get(path).then().statusCode(200);
        assertThat(settledAccesses(ServicesResource.awards(), "GET", path)).isEqualTo(reached);

        // the service goes away, and its version stream with it: the kept answer is not served any more
        ServicesResource.awards().close();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (versions().current(Downstream.AWARDS) != DataVersion.UNKNOWN) {
            assertThat(System.nanoTime()).as("awards' version unknown").isLessThan(deadline);
            Thread.sleep(10);
        }
        given().get(path).then().statusCode(503).contentType("application/problem+json");
        // measures-service is not affected
        assertThat(versions().current(Downstream.MEASURES)).isNotEqualTo(DataVersion.UNKNOWN);
    }

    // --- helpers

    private static ExtractableResponse<Response> read(String path, String requestId) {
        return given().header("Accept-Encoding", "gzip")
                .header("Origin", "https://app.example.org")
                .header(new Header("X-Request-ID", requestId))
                .get(path)
                .then()
                .statusCode(200)
                .extract();
    }

    /** The headers of an answer but those made per answer (Date, X-Request-ID, RateLimit-*). */
    private static Map<String, String> comparable(ExtractableResponse<Response> r) {
        return r.headers().asList().stream()
                .filter(h -> {
                    String n = h.getName().toLowerCase(Locale.ROOT);
                    return !n.equals("date") && !n.equals("x-request-id") && !n.startsWith("ratelimit-");
                })
                .collect(Collectors.toMap(
                        h -> h.getName().toLowerCase(Locale.ROOT),
                        Header::getValue,
                        (a, b) -> a + "\n" + b,
                        TreeMap::new));
    }

    private static void correctOnService(String path, String title) {
        given().baseUri(ServicesResource.measures().url())
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"title\": \"" + title + "\"}")
                .patch(path)
                .then()
                .statusCode(200);
    }

    /** Reads through the gateway until {@code fresh} holds; answers how many ms after the call the fresh read started. */
    private static long awaitThroughGateway(String path, Predicate<ExtractableResponse<Response>> fresh)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(10).toNanos();
        while (true) {
            long sent = System.nanoTime();
            if (fresh.test(given().get(path).then().statusCode(200).extract())) {
                long millis = Duration.ofNanos(sent - start).toMillis();
                System.out.printf("[edge-cache] %s fresh through the gateway %d ms after the write%n", path, millis);
                return millis;
            }
            assertThat(System.nanoTime()).as("fresh within 10 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }

    private static void awaitKnown(Downstream downstream) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (versions().current(downstream) == DataVersion.UNKNOWN) {
            assertThat(System.nanoTime()).as(downstream + "'s version known").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** How many requests {@code method path} the service logged. */
    private static long accesses(ServiceProcess service, String method, String path) {
        String line = "\"" + method + " " + path + " HTTP/1.1\"";
        try {
            return Files.readAllLines(service.log(), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(line))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the service logged at least {@code atLeast} such requests; answers how many it logged. */
    private static long awaitAccesses(ServiceProcess service, String method, String path, long atLeast)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long n;
        while ((n = accesses(service, method, path)) < atLeast) {
            assertThat(System.nanoTime())
                    .as(service.url() + " logged " + atLeast + " × " + method + " " + path + "; log:\n"
                            + service.tail())
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
        return n;
    }

    /** How many such requests the service logged, once its log has had time to show any late one. */
    private static long settledAccesses(ServiceProcess service, String method, String path)
            throws InterruptedException {
        Thread.sleep(500);
        return accesses(service, method, path);
    }

    private static UUID measureId(String code) {
        return UUID.nameUUIDFromBytes(("measure:" + report + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = EdgeCacheTest.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static DownstreamVersions versions() {
        return Arc.container().instance(DownstreamVersions.class).get();
    }

    private static EdgeCache edgeCache() {
        return Arc.container().instance(EdgeCache.class).get();
    }
}

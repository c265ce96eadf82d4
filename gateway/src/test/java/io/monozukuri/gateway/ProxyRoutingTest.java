package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class ProxyRoutingTest {

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    @ParameterizedTest
    @CsvSource({
        "MEASURES, /api/v1/measures",
        "MEASURES, /api/v1/measures/stats",
        "MEASURES, /api/v1/reports/abc/outline",
        "MEASURES, /api/v1/ministries",
        "AWARDS, /api/v1/award-schemes",
        "AWARDS, /api/v1/award-schemes/42/editions",
        "AWARDS, /api/v1/recipients",
        "INGEST, /api/v1/ingest/jobs/7",
    })
    void routesEachPrefixToItsService(io.monozukuri.gateway.config.Downstream downstream, String path) {
        WireMockServer target = DownstreamsResource.server(downstream);
        target.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"from\":\"" + downstream + "\"}")));

        given().when().get(path).then().statusCode(200).body("from", equalTo(downstream.name()));

        for (io.monozukuri.gateway.config.Downstream other : io.monozukuri.gateway.config.Downstream.values()) {
            if (other != downstream) {
                assertThat(DownstreamsResource.server(other).findAll(getRequestedFor(anyUrl())))
                        .isEmpty();
            }
        }
    }

    @Test
    void passesQueryAndHeadersThroughAndReturnsStatusAndHeaders() {
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures/m1"))
                        .willReturn(aResponse()
                                .withStatus(304)
                                .withHeader("ETag", "\"v7\"")
                                .withHeader("Cache-Control", "max-age=60")));

        given().header("Authorization", "Bearer abc.def.ghi")
                .header("Accept", "application/json")
                .header("If-None-Match", "\"v7\"")
                .queryParam("fields", "title")
                .queryParam("q", "ロボット 技術")
                .when()
                .get("/api/v1/measures/m1")
                .then()
                .statusCode(304)
                .header("ETag", "\"v7\"")
                .header("Cache-Control", "max-age=60");

        LoggedRequest sent = DownstreamsResource.measures()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures/m1")))
                .get(0);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer abc.def.ghi");
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
        assertThat(sent.getHeader("If-None-Match")).isEqualTo("\"v7\"");
        assertThat(sent.queryParameter("q").firstValue()).isEqualTo("ロボット 技術");
        assertThat(sent.queryParameter("fields").firstValue()).isEqualTo("title");
    }

    @Test
    void passesIfMatchThroughAndAnswers412AndTheNewETagBack() {
        String problem = "{\"type\":\"https://monozukuri.io/problems/precondition-failed\",\"title\":"
                + "\"Precondition Failed\",\"status\":412,\"detail\":\"If-Match names no current version\"}";
        DownstreamsResource.measures()
                .stubFor(patch(urlPathEqualTo("/api/v1/measures/m1"))
                        .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"41\""))
                        .willReturn(aResponse()
                                .withStatus(412)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody(problem)));
        DownstreamsResource.measures()
                .stubFor(patch(urlPathEqualTo("/api/v1/measures/m1"))
                        .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"42\""))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("ETag", "\"43\"")
                                .withBody("{\"version\":43}")));
        DownstreamsResource.awards()
                .stubFor(put(urlPathEqualTo("/api/v1/award-schemes/s1/editions/e1"))
                        .withHeader("If-Match", com.github.tomakehurst.wiremock.client.WireMock.equalTo("\"7\""))
                        .willReturn(aResponse()
                                .withStatus(412)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody(problem)));

        // stale versions, again and again: the service's answer each time, and never a failure of the service
        for (int i = 0; i < 30; i++) {
            given().header("Authorization", "Bearer t")
                    .header("If-Match", "\"41\"")
                    .contentType("application/merge-patch+json")
                    .body("{\"title\":\"x\"}")
                    .when()
                    .patch("/api/v1/measures/m1")
                    .then()
                    .statusCode(412)
                    .contentType("application/problem+json")
                    .body("status", equalTo(412))
                    .body("type", equalTo("https://monozukuri.io/problems/precondition-failed"));
        }
        given().header("Authorization", "Bearer t")
                .header("If-Match", "\"7\"")
                .contentType("application/json")
                .body("{\"year\":2020}")
                .when()
                .put("/api/v1/award-schemes/s1/editions/e1")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer t")
                .header("If-Match", "\"42\"")
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"x\"}")
                .when()
                .patch("/api/v1/measures/m1")
                .then()
                .statusCode(200)
                .header("ETag", "\"43\"")
                .body("version", equalTo(43));
    }

    @Test
    void tellsTheServiceItsPublicAddressAndNotWhatAClientClaims() {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/recipients"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{}")));

        given().header("X-Forwarded-Host", "evil.example.com")
                .header("X-Forwarded-Proto", "gopher")
                .when()
                .get("/api/v1/recipients")
                .then()
                .statusCode(200);

        LoggedRequest sent = DownstreamsResource.awards()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/recipients")))
                .get(0);
        // links a service builds (Link, Location) name the gateway as the client reached it
        assertThat(sent.getHeader("X-Forwarded-Host")).isEqualTo("localhost:" + io.restassured.RestAssured.port);
        assertThat(sent.getHeader("X-Forwarded-Proto")).isEqualTo("http");
    }

    @Test
    void streamsALargeTextUploadAndReturnsCreatedWithLocation() {
        DownstreamsResource.ingest()
                .stubFor(post(urlEqualTo("/api/v1/ingest/reports"))
                        .willReturn(aResponse()
                                .withStatus(202)
                                .withHeader("Location", "/api/v1/ingest/jobs/j1")
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"id\":\"j1\",\"status\":\"PENDING\"}")));
        char[] chars = new char[2_000_000];
        Arrays.fill(chars, 'あ');
        String report = new String(chars);

        given().header("Authorization", "Bearer token")
                .contentType("text/plain; charset=UTF-8")
                .body(report.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .header("Location", "/api/v1/ingest/jobs/j1")
                .body("status", equalTo("PENDING"));

        List<LoggedRequest> sent =
                DownstreamsResource.ingest().findAll(postRequestedFor(urlEqualTo("/api/v1/ingest/reports")));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(sent.get(0).getHeader("Authorization")).isEqualTo("Bearer token");
        assertThat(sent.get(0).getBody()).hasSize(6_000_000);
    }

    @Test
    void passesAPdfThroughByteForByte() {
        byte[] pdf = new byte[2_000_000];
        new java.util.Random(7).nextBytes(pdf);
        DownstreamsResource.ingest()
                .stubFor(post(urlEqualTo("/api/v1/ingest/preview"))
                        .withHeader(
                                "Content-Type",
                                com.github.tomakehurst.wiremock.client.WireMock.containing("application/pdf"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/pdf")
                                .withBody(pdf)));

        byte[] back = given().contentType("application/pdf")
                .body(pdf)
                .when()
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();

        assertThat(back).isEqualTo(pdf);
        assertThat(DownstreamsResource.ingest()
                        .findAll(postRequestedFor(urlEqualTo("/api/v1/ingest/preview")))
                        .get(0)
                        .getBody())
                .isEqualTo(pdf);
    }

    @Test
    void returnsErrorsOfServicesUntouched() {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes/nope"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"from awards\"}")));

        given().when()
                .get("/api/v1/award-schemes/nope")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("from awards"));
    }

    @Test
    void neverRoutesInternalPaths() {
        for (WireMockServer server :
                List.of(DownstreamsResource.measures(), DownstreamsResource.awards(), DownstreamsResource.ingest())) {
            server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        }

        given().when()
                .put("/internal/v1/reports/r1")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().when().get("/internal/v1/reports/r1/award-schemes").then().statusCode(404);

        for (WireMockServer server :
                List.of(DownstreamsResource.measures(), DownstreamsResource.awards(), DownstreamsResource.ingest())) {
            assertThat(DownstreamsResource.clientRequests(server)).isEmpty();
        }
    }

    @Test
    void unknownPathsAreProblems() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/measuresx").then().statusCode(404);
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.measures()))
                .isEmpty();
    }
}

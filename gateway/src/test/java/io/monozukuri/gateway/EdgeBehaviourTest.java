package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class EdgeBehaviourTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    private static void stubMeasures() {
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0,"
                                        + "\"padding\":\"" + "x".repeat(2000) + "\"}")));
    }

    @Test
    void keepsTheRequestIdSentAndPassesItToTheService() {
        stubMeasures();

        given().header("X-Request-ID", "client-chosen-42")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .header("X-Request-ID", "client-chosen-42");

        LoggedRequest sent = DownstreamsResource.measures()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")))
                .get(0);
        assertThat(sent.getHeader("X-Request-ID")).isEqualTo("client-chosen-42");
    }

    @Test
    void makesARequestIdWhenNoneIsSentAndPassesItOn() {
        stubMeasures();

        String id = given().when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .header("X-Request-ID", matchesPattern(UUID))
                .extract()
                .header("X-Request-ID");

        LoggedRequest sent = DownstreamsResource.measures()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")))
                .get(0);
        assertThat(sent.getHeader("X-Request-ID")).isEqualTo(id);
    }

    @Test
    void replacesAnUnsafeRequestId() {
        stubMeasures();

        given().header("X-Request-ID", "bad id with spaces\u0001")
                .when()
                .get("/api/v1/measures")
                .then()
                .header("X-Request-ID", matchesPattern(UUID));
    }

    @Test
    void problemsOfTheGatewayCarryTheRequestId() {
        given().header("X-Request-ID", "rid-internal")
                .when()
                .get("/internal/v1/reports")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-ID", "rid-internal")
                .body("requestId", equalTo("rid-internal"));
        given().header("X-Request-ID", "rid-search")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("requestId", equalTo("rid-search"));
        given().header("X-Request-ID", "rid-unknown")
                .when()
                .get("/api/v1/unknown")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("requestId", equalTo("rid-unknown"));
    }

    @Test
    void answersCorsPreflightForAConfiguredOrigin() {
        given().header("Origin", "https://app.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type")
                .when()
                .options("/api/v1/ingest/reports")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Allow-Methods", org.hamcrest.Matchers.containsString("POST"));
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.ingest()))
                .isEmpty();
    }

    @Test
    void exposesHeadersToAConfiguredOriginAndNotToOthers() {
        stubMeasures();

        given().header("Origin", "https://app.example.org")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.example.org")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Request-ID"))
                // a browser client pages with Link and names exports with Content-Disposition
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("Link"))
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("Content-Disposition"));
        given().header("Origin", "https://evil.example.com")
                .when()
                .get("/api/v1/measures")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void compressesJsonForClientsThatAcceptGzip() {
        stubMeasures();

        Response response = given().config(RestAssuredConfig.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .when()
                .get("/api/v1/measures");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Encoding")).isEqualTo("gzip");
        // the service itself is asked for an uncompressed answer
        assertThat(DownstreamsResource.measures()
                        .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")))
                        .get(0)
                        .getHeader("Accept-Encoding"))
                .isNull();
    }

    @Test
    void compressesCsvAndNdjsonExportsOnceAtTheEdge() throws java.io.IOException {
        String csv = "id,title\r\n" + "0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c,AIチップの開発\r\n".repeat(200);
        String ndjson = "{\"id\":\"0b8e5f0e\",\"title\":\"AIチップの開発\"}\n".repeat(200);
        for (String[] export : new String[][] {
            {"csv", "text/csv;charset=UTF-8", csv}, {"ndjson", "application/x-ndjson;charset=UTF-8", ndjson}
        }) {
            DownstreamsResource.measures()
                    .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                            .willReturn(aResponse()
                                    .withHeader("Content-Type", export[1])
                                    .withHeader(
                                            "Content-Disposition",
                                            "attachment; filename=\"measures." + export[0] + "\"")
                                    .withBody(export[2])));
            Response response = given().config(RestAssuredConfig.config()
                            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip")
                    .when()
                    .get("/api/v1/measures?format=" + export[0]);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.header("Content-Encoding")).as(export[0]).isEqualTo("gzip");
            assertThat(response.header("Content-Disposition")).contains("measures." + export[0]);
            byte[] body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.asByteArray()))
                    .readAllBytes();
            assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(export[2]);
            assertThat(response.asByteArray().length).isLessThan(export[2].length() / 4);
        }
        // the services are never asked to compress: one compression, at the edge, nothing decompressed
        assertThat(DownstreamsResource.measures().findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures"))))
                .allSatisfy(
                        sent -> assertThat(sent.getHeader("Accept-Encoding")).isNull());
    }

    @Test
    void rateLimitIsOffInTests() {
        stubMeasures();

        given().when().get("/api/v1/measures").then().statusCode(200).header("RateLimit-Limit", nullValue());
    }
}

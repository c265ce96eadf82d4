package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The composed views carry an ETag made from the ETags of the services' answers: 304 while the services' data are
 * unchanged (the gateway asks them with If-None-Match and composes nothing again), a new ETag and body when one of them
 * changed.
 */
@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class ComposedViewsCachingTest {

    private static final String SCHEME = "22222222-2222-4222-8222-000000000001";

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    private static String page(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":20,\"totalItems\":" + total + ",\"totalPages\":1}";
    }

    /**
     * A service answering {@code path} with {@code body} under {@code etag}, and 304 to If-None-Match of that ETag, as
     * the services do.
     */
    private static void serve(WireMockServer server, String path, String body, String etag) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(path))
                .atPriority(5)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("ETag", etag)
                        .withBody(body)));
        server.stubFor(get(urlPathEqualTo(path))
                .atPriority(1)
                .withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag)));
    }

    @Test
    void searchIsConditionalOnBothServices() {
        serve(
                DownstreamsResource.measures(),
                "/api/v1/measures",
                page("{\"id\":\"11111111-1111-4111-8111-000000000001\",\"title\":\"ロボット開発\"}", 1),
                "W/\"m1\"");
        serve(
                DownstreamsResource.awards(),
                "/api/v1/award-schemes",
                page("{\"id\":\"" + SCHEME + "\",\"name\":\"ロボット大賞\"}", 1),
                "W/\"a1\"");
        String path = "/api/v1/search?q=ロボット";
        String etag = given().get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", "public, no-cache")
                .header("Vary", "Accept")
                .body("items.title", contains("ロボット大賞", "ロボット開発"))
                .extract()
                .header("ETag");
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");

        given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(emptyString());
        // the second time the services were asked conditionally and answered 304
        assertThat(lastTo(DownstreamsResource.measures(), "/api/v1/measures").getHeader("If-None-Match"))
                .isEqualTo("W/\"m1\"");
        assertThat(lastTo(DownstreamsResource.awards(), "/api/v1/award-schemes").getHeader("If-None-Match"))
                .isEqualTo("W/\"a1\"");
        // the same body while nothing changed, without If-None-Match
        given().get(path).then().statusCode(200).header("ETag", etag).body("items", org.hamcrest.Matchers.hasSize(2));
        given().queryParam("page", 1)
                .queryParam("size", 1)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(etag));

        // awards-service's data changed: a new ETag and the new body, composed with measures' (fetched again in full)
        serve(
                DownstreamsResource.awards(),
                "/api/v1/award-schemes",
                page("{\"id\":\"" + SCHEME + "\",\"name\":\"ロボット大賞（改）\"}", 1),
                "W/\"a2\"");
        String changed = given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.title", contains("ロボット大賞（改）", "ロボット開発"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        given().header("If-None-Match", changed).get(path).then().statusCode(304);

        // measures-service's data changed
        serve(
                DownstreamsResource.measures(),
                "/api/v1/measures",
                page("{\"id\":\"11111111-1111-4111-8111-000000000001\",\"title\":\"ロボット開発（訂正）\"}", 1),
                "W/\"m2\"");
        given().header("If-None-Match", changed)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.title", contains("ロボット大賞（改）", "ロボット開発（訂正）"))
                .header("ETag", org.hamcrest.Matchers.not(changed));
    }

    @Test
    void aSchemesMeasuresAreConditionalOnTheSchemeAndTheMeasures() {
        serve(
                DownstreamsResource.awards(),
                "/api/v1/award-schemes/" + SCHEME,
                "{\"id\":\"" + SCHEME + "\"}",
                "W/\"s1\"");
        serve(
                DownstreamsResource.measures(),
                "/api/v1/measures",
                page("{\"id\":\"11111111-1111-4111-8111-000000000009\",\"code\":\"2-1-3\"}", 1),
                "W/\"m1\"");
        String path = "/api/v1/award-schemes/" + SCHEME + "/measures";
        String etag = given().get(path)
                .then()
                .statusCode(200)
                .body("items.code", contains("2-1-3"))
                .extract()
                .header("ETag");
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        assertThat(lastTo(DownstreamsResource.measures(), "/api/v1/measures").getHeader("If-None-Match"))
                .isEqualTo("W/\"m1\"");

        serve(
                DownstreamsResource.measures(),
                "/api/v1/measures",
                page("{\"id\":\"11111111-1111-4111-8111-000000000009\",\"code\":\"2-1-4\"}", 1),
                "W/\"m2\"");
        String changed = given().header("If-None-Match", etag)
                .get(path)
                .then()
                .statusCode(200)
                .body("items.code", contains("2-1-4"))
                .extract()
                .header("ETag");
        assertThat(changed).isNotEqualTo(etag);

        // the scheme changed: the kept page of measures is still current but the view's ETag changes
        serve(
                DownstreamsResource.awards(),
                "/api/v1/award-schemes/" + SCHEME,
                "{\"id\":\"" + SCHEME + "\"}",
                "W/\"s2\"");
        given().header("If-None-Match", changed)
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.not(changed));
    }

    @Test
    void servicesWithoutEtagsGiveViewsWithoutEtagsAndNothingIsKept() {
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(page("", 0))));
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withHeader("ETag", "W/\"a1\"")
                                .withBody(page("", 0))));
        given().get("/api/v1/search?q=x").then().statusCode(200).header("ETag", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/search?q=x").then().statusCode(200);
        DownstreamsResource.awards()
                .verify(
                        2,
                        getRequestedFor(urlPathEqualTo("/api/v1/award-schemes")).withHeader("If-None-Match", absent()));
    }

    private static LoggedRequest lastTo(WireMockServer server, String path) {
        List<LoggedRequest> all = server.findAll(getRequestedFor(urlPathEqualTo(path)));
        return all.get(all.size() - 1);
    }
}

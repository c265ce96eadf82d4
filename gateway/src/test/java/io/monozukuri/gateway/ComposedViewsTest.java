package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class ComposedViewsTest {

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    private static String page(String items, int total) {
        return "{\"items\":[" + items + "],\"page\":0,\"size\":20,\"totalItems\":" + total + ",\"totalPages\":1}";
    }

    private static void measuresAnswer(String items, int total) {
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(page(items, total))));
    }

    private static void schemesAnswer(String items, int total) {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(page(items, total))));
    }

    @Test
    void searchInterleavesMeasuresAndSchemesByRankWithTypesAndLinks() {
        measuresAnswer(
                "{\"id\":\"11111111-1111-4111-8111-000000000001\",\"code\":\"1-1\",\"title\":\"ロボット開発\",\"fiscalYear\":2020,\"snippet\":\"…ロボット…\",\"score\":9.1},"
                        + "{\"id\":\"11111111-1111-4111-8111-000000000002\",\"code\":\"1-2\",\"title\":\"ロボット導入\",\"fiscalYear\":2020,\"description\":\"説明\"},"
                        + "{\"id\":\"11111111-1111-4111-8111-000000000003\",\"code\":\"1-3\",\"title\":\"人材\",\"fiscalYear\":2020}",
                3);
        schemesAnswer(
                "{\"id\":\"22222222-2222-4222-8222-000000000001\",\"name\":\"ロボット大賞\",\"summary\":\"ロボットの賞\"}", 1);

        given().queryParam("q", "ロボット")
                .header("X-Request-ID", "rid-search-1")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("items.type", contains("AWARD_SCHEME", "MEASURE", "MEASURE", "MEASURE"))
                .body(
                        "items.id",
                        contains(
                                "22222222-2222-4222-8222-000000000001",
                                "11111111-1111-4111-8111-000000000001",
                                "11111111-1111-4111-8111-000000000002",
                                "11111111-1111-4111-8111-000000000003"))
                .body(
                        "items.href",
                        contains(
                                "/api/v1/award-schemes/22222222-2222-4222-8222-000000000001",
                                "/api/v1/measures/11111111-1111-4111-8111-000000000001",
                                "/api/v1/measures/11111111-1111-4111-8111-000000000002",
                                "/api/v1/measures/11111111-1111-4111-8111-000000000003"))
                .body("items.rank", contains(1, 2, 3, 4))
                .body("items[1].snippet", org.hamcrest.Matchers.equalTo("…ロボット…"))
                .body("items[1].code", org.hamcrest.Matchers.equalTo("1-1"))
                .body("items[0].title", org.hamcrest.Matchers.equalTo("ロボット大賞"))
                .body("totalItems", org.hamcrest.Matchers.equalTo(4))
                .body("page", org.hamcrest.Matchers.equalTo(0))
                .body("size", org.hamcrest.Matchers.equalTo(20));

        LoggedRequest toMeasures = DownstreamsResource.measures()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")))
                .get(0);
        assertThat(toMeasures.queryParameter("q").firstValue()).isEqualTo("ロボット");
        assertThat(toMeasures.getHeader("X-Request-ID")).isEqualTo("rid-search-1");
        LoggedRequest toAwards = DownstreamsResource.awards()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/award-schemes")))
                .get(0);
        assertThat(toAwards.queryParameter("q").firstValue()).isEqualTo("ロボット");
        assertThat(toAwards.getHeader("X-Request-ID")).isEqualTo("rid-search-1");
    }

    @Test
    void searchPagesThroughTheMergedRanking() {
        measuresAnswer(
                "{\"id\":\"11111111-1111-4111-8111-000000000001\",\"title\":\"a\"},{\"id\":\"11111111-1111-4111-8111-000000000002\",\"title\":\"b\"},{\"id\":\"11111111-1111-4111-8111-000000000003\",\"title\":\"c\"}",
                3);
        schemesAnswer(
                "{\"id\":\"22222222-2222-4222-8222-000000000001\",\"name\":\"x\"},{\"id\":\"22222222-2222-4222-8222-000000000002\",\"name\":\"y\"}",
                2);

        given().queryParam("q", "a")
                .queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body(
                        "items.id",
                        contains("22222222-2222-4222-8222-000000000002", "11111111-1111-4111-8111-000000000002"))
                .body("items.rank", contains(3, 4))
                .body("totalItems", org.hamcrest.Matchers.equalTo(5))
                .body("totalPages", org.hamcrest.Matchers.equalTo(3))
                .header(
                        "Link",
                        "<http://localhost:" + io.restassured.RestAssured.port
                                + "/api/v1/search?q=a&size=2&page=0>; rel=\"first\", <http://localhost:"
                                + io.restassured.RestAssured.port
                                + "/api/v1/search?q=a&size=2&page=0>; rel=\"prev\", <http://localhost:"
                                + io.restassured.RestAssured.port
                                + "/api/v1/search?q=a&size=2&page=2>; rel=\"next\", <http://localhost:"
                                + io.restassured.RestAssured.port
                                + "/api/v1/search?q=a&size=2&page=2>; rel=\"last\"");

        // page 1 of size 2 needs the first 4 hits of each service
        LoggedRequest sent = DownstreamsResource.measures()
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")))
                .get(0);
        assertThat(sent.queryParameter("size").firstValue()).isEqualTo("4");
        assertThat(sent.queryParameter("page").firstValue()).isEqualTo("0");
    }

    @Test
    void searchNeedsAQueryAndStaysInItsWindow() {
        given().when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("q"));
        given().queryParam("q", "a")
                .queryParam("page", 5)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page"));
    }

    @Test
    void theSearchLinksEndWhereItsPagingEnds() {
        measuresAnswer("{\"id\":\"11111111-1111-4111-8111-000000000001\",\"title\":\"a\"}", 4000);
        schemesAnswer("{\"id\":\"22222222-2222-4222-8222-000000000001\",\"name\":\"x\"}", 3);

        String link = given().queryParam("q", "a")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(4003))
                .extract()
                .header("Link");
        // 4 003 hits, but paging reaches the first 500: the last page is page 4 of size 100
        assertThat(link).endsWith("/api/v1/search?q=a&size=100&page=4>; rel=\"last\"");
    }

    @Test
    void listsTheMeasuresThatMentionAnAwardScheme() {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes/22222222-2222-4222-8222-000000000001"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"id\":\"22222222-2222-4222-8222-000000000001\",\"name\":\"ものづくり日本大賞\"}")));
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .withQueryParam("awardScheme", equalTo("22222222-2222-4222-8222-000000000001"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(page(
                                        "{\"id\":\"11111111-1111-4111-8111-000000000009\",\"code\":\"2-1-3\",\"title\":\"大賞の実施\"}",
                                        1))));

        given().queryParam("size", 5)
                .when()
                .get("/api/v1/award-schemes/22222222-2222-4222-8222-000000000001/measures")
                .then()
                .statusCode(200)
                .body("items.id", contains("11111111-1111-4111-8111-000000000009"))
                .body("items[0].code", org.hamcrest.Matchers.equalTo("2-1-3"))
                .body("totalItems", org.hamcrest.Matchers.equalTo(1))
                // the gateway's own links, not measures-service's
                .header(
                        "Link",
                        org.hamcrest.Matchers.startsWith("<http://localhost:" + io.restassured.RestAssured.port
                                + "/api/v1/award-schemes/22222222-2222-4222-8222-000000000001/measures?size=5&page=0>;"
                                + " rel=\"first\""));

        List<LoggedRequest> sent =
                DownstreamsResource.measures().findAll(getRequestedFor(urlPathEqualTo("/api/v1/measures")));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).queryParameter("size").firstValue()).isEqualTo("5");
        // the composed path is the gateway's own, never proxied to awards-service
        assertThat(DownstreamsResource.awards()
                        .findAll(getRequestedFor(
                                urlPathEqualTo("/api/v1/award-schemes/22222222-2222-4222-8222-000000000001/measures"))))
                .isEmpty();
    }

    @Test
    void anUnknownAwardSchemeIsA404Problem() {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes/33333333-3333-4333-8333-000000000000"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/problem+json")
                                .withBody("{\"title\":\"Not Found\",\"status\":404}")));

        given().when()
                .get("/api/v1/award-schemes/33333333-3333-4333-8333-000000000000/measures")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("33333333-3333-4333-8333-000000000000"));
        assertThat(DownstreamsResource.clientRequests(DownstreamsResource.measures()))
                .isEmpty();
    }
}

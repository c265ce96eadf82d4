package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.monozukuri.contracts.ContractSamples;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway as the consumer of the services' lists: it reads the golden samples (which the services' contract tests
 * hold their real answers against) into the contract records and composes its views from their fields.
 */
@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class ContractTest {

    private static final String SCHEME = "5d6f2a52-4b0e-4a44-9d1e-2f4f2d8c9a11";
    private static final String MEASURE = "0b8e5f0e-8f55-3c4e-9a6a-1f4d6f0e2b7c";

    @BeforeEach
    void servicesAnswerWithTheGoldenSamples() {
        GatewayTestSupport.resetDownstreams();
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(ContractSamples.MEASURE_PAGE.json())));
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(ContractSamples.AWARD_SCHEME_PAGE.json())));
    }

    @Test
    void searchReadsEveryFieldItShowsFromTheSamples() {
        given().queryParam("q", "ものづくり")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .body("items.type", contains("AWARD_SCHEME", "MEASURE"))
                .body("items[0].id", equalTo(SCHEME))
                .body("items[0].title", equalTo("ものづくり日本大賞"))
                .body("items[0].fiscalYear", equalTo(2020))
                .body("items[1].id", equalTo(MEASURE))
                .body("items[1].title", equalTo("ものづくり日本大賞による技術の普及"))
                .body("items[1].code", equalTo("1-1-1-(2)"))
                .body("items[1].snippet", equalTo("…膨大な量の情報を効率的に処理する【量子】技術の開発を行った。"))
                .body("items[1].href", equalTo("/api/v1/measures/" + MEASURE))
                .body("totalItems", equalTo(2));
    }

    @Test
    void theMeasuresOfASchemeAreTheSampleMeasures() {
        String scheme = ContractSamples.AWARD_SCHEME_PAGE.json();
        String item = scheme.substring(scheme.indexOf('[') + 1, scheme.lastIndexOf(']'));
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes/" + SCHEME))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(item)));
        given().when()
                .get("/api/v1/award-schemes/" + SCHEME + "/measures")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(MEASURE))
                .body("items[0].budgets[1].type", equalTo("SUPPLEMENTARY"))
                .body("items[0].ministries[0].shortName", equalTo("経産省"))
                .body("items[0].awardSchemes[0].id", equalTo(SCHEME));
    }
}

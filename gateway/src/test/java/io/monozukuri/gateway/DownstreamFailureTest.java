package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.monozukuri.gateway.config.Downstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class DownstreamFailureTest {

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    @Test
    void aStoppedServiceGivesAFast503Problem() {
        DownstreamsResource.stop(Downstream.INGEST);

        given().header("X-Request-ID", "rid-down")
                .when()
                .get("/api/v1/ingest/jobs/1")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("status", equalTo(503))
                .body("requestId", equalTo("rid-down"))
                .body("detail", org.hamcrest.Matchers.containsString("ingest-service"));
    }

    @Test
    void aSlowServiceGivesA504ProblemAfterTheReadTimeout() {
        // the answer would come after 6 s, the read timeout is 2 s (test profile): a 504, never the answer
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse().withStatus(200).withFixedDelay(6_000)));

        given().when()
                .get("/api/v1/measures")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://monozukuri.io/problems/downstream-timeout"));
    }

    @Test
    void aConnectionResetGivesA503Problem() {
        DownstreamsResource.awards()
                .stubFor(get(urlPathEqualTo("/api/v1/award-schemes"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when()
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://monozukuri.io/problems/downstream-unavailable"));
    }

    @Test
    void repeatedFailuresOpenTheCircuitOfThatServiceOnly() {
        DownstreamsResource.stop(Downstream.AWARDS);
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse().withStatus(200)));

        for (int i = 0; i < 4; i++) {
            given().when().get("/api/v1/award-schemes").then().statusCode(503);
        }
        given().when()
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", org.hamcrest.Matchers.containsString("not called for a while"));
        given().when().get("/api/v1/measures").then().statusCode(200);
    }

    @Test
    void aComposedViewGives503WhenAServiceIsDown() {
        DownstreamsResource.stop(Downstream.AWARDS);
        DownstreamsResource.stop(Downstream.MEASURES);

        given().queryParam("q", "ロボット")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(503)
                .contentType("application/problem+json");
    }

    @Test
    void aComposedViewGives504WhenAServiceIsSlow() {
        // the answer would come after 6 s, the client's timeout is 2 s (test profile): a 504, never the answer
        DownstreamsResource.measures()
                .stubFor(get(urlPathEqualTo("/api/v1/measures"))
                        .willReturn(aResponse().withStatus(200).withFixedDelay(6_000)));

        given().queryParam("q", "ロボット")
                .when()
                .get("/api/v1/search")
                .then()
                .statusCode(504)
                .contentType("application/problem+json");
    }
}

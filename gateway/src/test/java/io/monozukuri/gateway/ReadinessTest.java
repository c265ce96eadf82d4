package io.monozukuri.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.monozukuri.gateway.config.Downstream;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(DownstreamsResource.class)
class ReadinessTest {

    @BeforeEach
    void reset() {
        GatewayTestSupport.resetDownstreams();
    }

    private static void ready(WireMockServer server) {
        server.stubFor(get(urlEqualTo("/q/health/ready"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"UP\"}")));
    }

    @Test
    void theServicesStateIsInTheDownstreamsGroupAndTheMetrics() {
        for (Downstream d : Downstream.values()) {
            ready(DownstreamsResource.server(d));
        }

        given().when()
                .get("/q/health/group/downstreams")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].data.measures-service", equalTo("UP"))
                .body("checks[0].data.'measures-service.circuit'", equalTo("CLOSED"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("gateway_downstream_ready{service=\"measures-service\"} 1.0"))
                .body(containsString("gateway_downstream_circuit_state{service=\"ingest-service\"} 0.0"));
    }

    @Test
    void theGatewayStaysReadyWhenServicesAreDownAndSaysSoInItsDetails() {
        ready(DownstreamsResource.measures());
        DownstreamsResource.awards()
                .stubFor(get(urlEqualTo("/q/health/ready"))
                        .willReturn(aResponse().withStatus(503)));
        DownstreamsResource.stop(Downstream.INGEST);

        // asked now: the services' own state
        given().when()
                .get("/q/health/group/downstreams")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks[0].data.awards-service", containsString("503"))
                .body("checks[0].data.ingest-service", containsString("DOWN"));
        // the gateway itself still routes the other services: ready, with the last known states as details
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'gateway' }.data.awards-service", containsString("503"))
                .body("checks.find { it.name == 'gateway' }.data.ingest-service", containsString("DOWN"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("gateway_downstream_ready{service=\"awards-service\"} 0.0"))
                .body(containsString("gateway_downstream_ready{service=\"measures-service\"} 1.0"));
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        for (Downstream d : Downstream.values()) {
            DownstreamsResource.stop(d);
        }

        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}

package io.monozukuri.awards.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.contracts.ContractSamples;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.monozukuri.testsupport.WireShape;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * awards-service as the provider of its two contracts: it accepts the golden import sample exactly as ingest-service
 * sends it and answers in the golden shape, and its scheme list has exactly the fields the gateway reads.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String reportId() throws Exception {
        return JSON.readTree(ContractSamples.REPORT_SCHEMES.json())
                .get("reportId")
                .asText();
    }

    @Test
    void acceptsTheImportSampleAndTheListHasTheFieldsTheGatewayReads() throws Exception {
        String answer = given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(ContractSamples.REPORT_SCHEMES.json())
                .when()
                .put("/internal/v1/reports/" + reportId() + "/award-schemes")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(WireShape.of(answer)).isEqualTo(WireShape.of(ContractSamples.REPORT_SCHEMES_RESULT.json()));

        String page = given().queryParam("report", reportId())
                .when()
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(JSON.readTree(page).path("items").size()).isEqualTo(1);
        assertThat(WireShape.of(page)).isEqualTo(WireShape.of(ContractSamples.AWARD_SCHEME_PAGE.json()));
    }

    @Test
    void aFieldItDoesNotKnowIsRefusedNotIgnored() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(ContractSamples.REPORT_SCHEMES.json());
        ObjectNode scheme = (ObjectNode) body.get("schemes").get(0);
        scheme.set("prizeNames", scheme.remove("prizes"));
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .put("/internal/v1/reports/" + reportId() + "/award-schemes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("schemes[0].prizeNames"));
    }
}

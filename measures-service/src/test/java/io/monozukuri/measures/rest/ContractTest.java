package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.monozukuri.contracts.ContractSamples;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.monozukuri.testsupport.WireShape;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * measures-service as the provider of its two contracts: it accepts the golden import sample exactly as ingest-service
 * sends it (strict JSON: a field it no longer knows is a 400) and answers in the golden shapes, and its measure list
 * has exactly the fields the gateway reads. A field renamed on either side fails here or in the consumer's test.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void acceptsTheImportSampleAndAnswersInTheResultShape() {
        UUID reportId = UUID.randomUUID();
        String answer = given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(ContractSamples.REPORT_IMPORT.json())
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .statusCode(201)
                .extract()
                .asString();
        assertThat(WireShape.of(answer)).isEqualTo(WireShape.of(ContractSamples.REPORT_IMPORT_RESULT.json()));
    }

    @Test
    void theMeasureListHasExactlyTheFieldsTheGatewayReads() throws Exception {
        UUID reportId = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(ContractSamples.REPORT_IMPORT.json())
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .statusCode(201);
        String page = given().queryParam("report", reportId.toString())
                .queryParam("q", "量子技術")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode served = JSON.readTree(page);
        assertThat(served.path("items").size()).isEqualTo(1);
        assertThat(WireShape.of(served)).isEqualTo(WireShape.of(ContractSamples.MEASURE_PAGE.json()));
    }

    @Test
    void aFieldItDoesNotKnowIsRefusedNotIgnored() throws Exception {
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(ContractSamples.REPORT_IMPORT.json());
        body.put("lineTotal", body.remove("lineCount").asInt());
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .put("/internal/v1/reports/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("lineTotal"));
    }
}

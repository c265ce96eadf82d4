package io.monozukuri.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one input validation layer in ingest-service: parameters, path ids and bodies without a Content-Type. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class InputValidationTest {

    @Test
    void everyBadParameterIsNamedInOne400() {
        given().queryParam("size", "abc")
                .queryParam("page", "2147483648")
                .when()
                .get("/api/v1/ingest/jobs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("size", "page"));
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/ingest/jobs?size=%00")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("must not contain NUL characters"));
    }

    @Test
    void aJobIdThatIsNotAUuidNamesNothing() {
        given().get("/api/v1/ingest/jobs/42").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aReportWithoutOrWithTheWrongContentTypeIs415() {
        int jobs = given().get("/api/v1/ingest/jobs")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .body("第 1 章".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType("application/json")
                .body("{\"text\": \"第 1 章\"}")
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().get("/api/v1/ingest/jobs").then().statusCode(200).body("totalItems", equalTo(jobs));
    }
}

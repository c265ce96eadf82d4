package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one input validation layer, through HTTP: every malformed parameter in one 400, strict JSON bodies, NUL and lone
 * surrogates refused, 415 without a Content-Type, and nothing changed by a refused request.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class InputValidationTest {

    private UUID report;
    private String measure;

    @BeforeEach
    void arrange() {
        report = Fixtures.importNew(Fixtures.report());
        measure = "/api/v1/measures/" + Fixtures.measureId(report, "1-1-1-(2)-③");
    }

    private String title() {
        return given().get(measure).then().statusCode(200).extract().path("title");
    }

    @Test
    void everyMalformedParameterIsNamedInOne400() {
        given().queryParam("size", "abc")
                .queryParam("page", "2147483648")
                .queryParam("fiscalYear", "20x0")
                .queryParam("kind", "CHAPTER")
                .queryParam("hasBody", "yes")
                .queryParam("report", "not-a-uuid")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("size", "page", "fiscalYear", "kind", "hasBody", "report"));
        given().queryParam("groupBy", "nothing")
                .queryParam("chapter", "-1")
                .when()
                .get("/api/v1/measures/stats")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("groupBy", "chapter"));
        given().queryParam("sort", "-size,title")
                .when()
                .get("/api/v1/measures")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("sort"));
    }

    @Test
    void nulInAQueryIsA400NotA500() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v1/measures?q=%E9%87%8F%00%E5%AD%90")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must not contain NUL characters"));
    }

    @Test
    void aPathIdThatIsNotAUuidNamesNothing() {
        given().get("/api/v1/measures/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/reports/1234/outline").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void patchBodiesAreReadStrictlyAndChangeNothingWhenRefused() {
        String before = title();
        String[] bad = {
            "{\"title\": \"a\\u0000b\"}",
            "{\"title\": \"\\ud800\"}",
            "{\"title\": \"x\", \"title\": \"y\"}",
            "{\"budgets\": [{\"amountYen\": \"1800000000\", \"type\": \"INITIAL\"}]}",
            "{\"budgets\": [{\"amountYen\": 18.5, \"type\": \"INITIAL\"}]}",
            "{\"budgets\": [{\"amountYen\": 1, \"type\": \"INITIAL\", \"extra\": 1}]}",
            "{\"title\": 12}"
        };
        for (String body : bad) {
            given().header("Authorization", Tokens.bearer(Tokens.editor()))
                    .contentType("application/merge-patch+json; charset=UTF-8")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .when()
                    .patch(measure)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        org.assertj.core.api.Assertions.assertThat(title()).isEqualTo(before);
        given().get(measure + "/history").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aBodyWithoutOrWithTheWrongContentTypeIs415() {
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .body("{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8))
                .when()
                .patch(measure)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.TEXT)
                .body("{\"title\": \"x\"}")
                .when()
                .patch(measure)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void theImportRefusesCoercedNumbersAndUnknownFields() {
        var body = Fixtures.report();
        body.put("fiscalYear", "2020");
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .put("/internal/v1/reports/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fiscalYear"));
        body = Fixtures.report();
        body.put("fiscalYear", 2020.7);
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .put("/internal/v1/reports/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fiscalYear"));
    }
}

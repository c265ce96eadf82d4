package io.monozukuri.measures.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
class ReportImportResourceTest {

    @Test
    void createsThenReplacesKeepingMeasureIds() {
        UUID reportId = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(Fixtures.report().toString())
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/reports/" + reportId))
                .body("reportId", equalTo(reportId.toString()))
                .body("measureCount", equalTo(29));

        UUID aiChip = Fixtures.measureId(reportId, "1-1-1-(2)-①");
        given().get("/api/v1/measures/" + aiChip).then().statusCode(200).body("code", equalTo("1-1-1-(2)-①"));

        // the same report again, with one measure fewer and a changed title
        ObjectNode again = Fixtures.report();
        ArrayNode measures = (ArrayNode) again.get("measures");
        measures.remove(measures.size() - 1);
        Fixtures.measure(again, "1-1-1-(2)-①").put("title", "AIチップ等の開発");
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(again.toString())
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .statusCode(200)
                .body("measureCount", equalTo(28));

        given().get("/api/v1/measures/" + aiChip).then().statusCode(200).body("title", equalTo("AIチップ等の開発"));
        given().get("/api/v1/measures?report=" + reportId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(28));
        given().get("/api/v1/reports/" + reportId).then().statusCode(200).body("counts.measures", equalTo(28));
    }

    @Test
    void invalidReportIsRejectedAndNothingIsWritten() {
        UUID reportId = UUID.randomUUID();
        ObjectNode bad = Fixtures.report();
        bad.put("fiscalYear", 1800);
        Fixtures.measure(bad, "1-1-1-(2)-②").put("code", "1-1-1-(2)-①");
        Fixtures.measure(bad, "1-1-1-(2)-③").put("parentCode", "9-9-9");
        Fixtures.measure(bad, "1-1-1-(2)-④").putNull("title");
        Fixtures.measure(bad, "1-1-1-(2)-⑤").put("kind", "ITEM");
        ((ObjectNode) ((ArrayNode) Fixtures.measure(bad, "1-1-1-(2)-⑥").get("budgets")).get(0)).put("amountYen", -5);

        List<String> fields = given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(bad.toString())
                .when()
                .put("/internal/v1/reports/" + reportId)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .extract()
                .path("errors.field");
        assertThat(fields)
                .contains(
                        "fiscalYear",
                        "measures[4].code",
                        "measures[5].parentCode",
                        "measures[6].title",
                        "measures[7].kind",
                        "measures[8].budgets[0].amountYen");

        given().get("/api/v1/reports/" + reportId).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/measures?report=" + reportId)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aSubsectionWhoseHeadingIsMissingFromThePrintKeepsANullTitle() {
        ObjectNode report = Fixtures.report();
        Fixtures.measure(report, "1-1-1").putNull("title");
        UUID reportId = Fixtures.importNew(report);
        given().get("/api/v1/measures/" + Fixtures.measureId(reportId, "1-1-1"))
                .then()
                .statusCode(200)
                .body("kind", equalTo("SUBSECTION"))
                .body("title", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/measures?report=" + reportId + "&sort=title")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(report.get("measures").size()));
    }

    @Test
    void malformedBodyAndIdAreProblems() {
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when()
                .put("/internal/v1/reports/" + UUID.randomUUID())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.ingest()))
                .contentType(ContentType.JSON)
                .body(Fixtures.report().toString())
                .when()
                .put("/internal/v1/reports/not-a-uuid")
                .then()
                // a path id that is not a UUID names nothing, in every service
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void needsAnIngestToken() {
        String body = Fixtures.report().toString();
        String path = "/internal/v1/reports/" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(body)
                .put(path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", notNullValue());
        for (String token : List.of(Tokens.forgedEditor(), Tokens.expiredEditor())) {
            given().header("Authorization", Tokens.bearer(token))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        for (String token : List.of(Tokens.reader(), Tokens.editor())) {
            given().header("Authorization", Tokens.bearer(token))
                    .contentType(ContentType.JSON)
                    .body(body)
                    .put(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(path.replace("/internal/v1", "/api/v1")).then().statusCode(404);
    }
}

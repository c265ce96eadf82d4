package io.monozukuri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import io.monozukuri.testsupport.Tokens;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The walking skeleton end to end: the sample report goes in through the gateway and comes out as an API. */
@ExtendWith(StackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestFlowIT {

    static Stack stack;
    static JsonPath job;

    @BeforeAll
    static void ingestTheSample() throws Exception {
        byte[] report = Files.readAllBytes(stack.root().resolve("data/fy2020-monozukuri-white-paper-part2.txt"));
        String location = given().baseUri(stack.gateway())
                .auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(report)
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        job = awaitJob(location);
    }

    static JsonPath awaitJob(String location) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath current = given().baseUri(stack.gateway())
                    .when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (List.of("SUCCEEDED", "FAILED").contains(current.getString("status"))) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("ingest job did not end; ingest log:\n" + stack.tail("ingest-service"));
    }

    @Test
    @Order(1)
    void theIngestJobSucceeds() {
        assertThat(job.getString("status"))
                .as("job %s; ingest log:\n%s", job.prettify(), stack.tail("ingest-service"))
                .isEqualTo("SUCCEEDED");
        assertThat(job.getInt("counts.measures")).isGreaterThanOrEqualTo(200);
        assertThat(job.getInt("counts.awardSchemes")).isEqualTo(15);
    }

    @Test
    @Order(2)
    void measuresAndAwardSchemesAreServedThroughTheGateway() {
        given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures?size=1")
                .then()
                .statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(200))
                .body("items.size()", is(1))
                .body("page", is(0))
                .body("size", is(1));
        given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/award-schemes")
                .then()
                .statusCode(200)
                .body("totalItems", is(15));
        String id = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures?size=1")
                .then()
                .extract()
                .path("items[0].id");
        given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("reportId", equalTo(job.getString("reportId")));
    }

    @Test
    @Order(2)
    void measuresLinkToTheAwardSchemesTheyMentionAndBack() {
        String schemeId = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/award-schemes?q=ものづくり日本大賞")
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("ものづくり日本大賞"))
                .extract()
                .path("items.find { it.name == 'ものづくり日本大賞' }.id");
        List<Map<String, Object>> mentioning = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/award-schemes/" + schemeId + "/measures")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(mentioning).isNotEmpty();
        assertThat(mentioning)
                .anySatisfy(m -> assertThat((String) m.get("title")).contains("ものづくり日本大賞"));
        String measureId = (String) mentioning.get(0).get("id");
        List<String> linked = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures/" + measureId)
                .then()
                .statusCode(200)
                .extract()
                .path("awardSchemes.id");
        assertThat(linked).contains(schemeId);
    }

    @Test
    @Order(3)
    void reingestingTheSameReportDuplicatesNothing() throws Exception {
        List<String> idsBefore = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures?size=500&sort=code")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        byte[] report = Files.readAllBytes(stack.root().resolve("data/fy2020-monozukuri-white-paper-part2.txt"));
        String location = given().baseUri(stack.gateway())
                .auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(report)
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        assertThat(awaitJob(location).getString("status")).isEqualTo("SUCCEEDED");
        List<String> idsAfter = given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/measures?size=500&sort=code")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(idsAfter).containsExactlyElementsOf(idsBefore);
        given().baseUri(stack.gateway())
                .when()
                .get("/api/v1/award-schemes")
                .then()
                .body("totalItems", is(15));
        given().baseUri(stack.gateway()).when().get("/api/v1/reports").then().body("totalItems", is(1));
    }

    @Test
    void everyServiceIsReadyAndTheMergedDocumentListsEveryArea() {
        for (String service : List.of("measures-service", "awards-service", "ingest-service", "gateway")) {
            given().baseUri(stack.url(service))
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("UP"));
            given().baseUri(stack.url(service)).when().get("/q/metrics").then().statusCode(200);
        }
        Map<String, Object> paths = given().baseUri(stack.gateway())
                .accept("application/json")
                .when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .path("paths");
        assertThat(paths).containsKeys("/api/v1/measures", "/api/v1/award-schemes", "/api/v1/ingest/reports");
        assertThat(paths.keySet()).noneMatch(p -> p.startsWith("/internal"));
    }

    @Test
    void writesWithoutATokenAreRefusedWithAProblem() {
        given().baseUri(stack.gateway())
                .contentType("text/plain")
                .body("第 1 章")
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", is(401));
    }

    @Test
    void theRequestIdTravelsToTheServices() {
        given().baseUri(stack.gateway())
                .header("X-Request-ID", "e2e-trace-7")
                .when()
                .get("/api/v1/measures/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-ID", "e2e-trace-7")
                .body("requestId", equalTo("e2e-trace-7"));
        assertThat(stack.tail("measures-service")).contains("e2e-trace-7");
    }
}

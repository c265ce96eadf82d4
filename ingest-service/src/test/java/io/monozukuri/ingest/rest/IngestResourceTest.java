package io.monozukuri.ingest.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.monozukuri.testsupport.JwtResource;
import io.monozukuri.testsupport.PostgresResource;
import io.monozukuri.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresResource.class)
@WithTestResource(JwtResource.class)
@WithTestResource(Downstreams.class)
class IngestResourceTest {

    static final Path SAMPLE = Path.of("../data/fy2020-monozukuri-white-paper-part2.txt");
    static final ObjectMapper JSON = new ObjectMapper();

    @Downstreams.Server
    WireMockServer downstreams;

    @BeforeEach
    void resetStubs() {
        downstreams.resetAll();
    }

    static String sample() throws IOException {
        return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    /** A report of our own making: small, so that each test can vary it and get a report of its own. */
    static String smallReport(String marker) {
        return """
                第 1 章

                ものづくり基盤技術の研究開発に関する事項
                第1節 ものづくり基盤技術に関する研究開発の推進等

                研究開発の実施及びその普及1

                （1）研究開発税制等
                試験研究費の総額に応じて税額控除を認める制度。%s
                （2）ものづくり基盤技術の開発支援（17億円）＜経産省、文科省＞
                　本事業では開発を実施した。
                """
                .formatted(marker);
    }

    void stubHappyDownstreams() {
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+/award-schemes"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"reportId\":\"" + UUID.randomUUID() + "\",\"schemes\":[]}")));
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"reportId\":\"" + UUID.randomUUID() + "\",\"measureCount\":2}")));
    }

    @Test
    void previewParsesTheSampleAndStoresNothing() throws IOException {
        long jobsBefore = jobCount();
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(sample().getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(200)
                .body("report.fiscalYear", is(2020))
                .body("measures.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(200))
                .body("awardSchemes", hasSize(15))
                .body("measures.find { it.code == '1-1-1-(2)-①' }.title", equalTo("AIチップ・次世代情報処理技術・情報通信技術等の開発"));
        assertThat(jobCount()).isEqualTo(jobsBefore);
        assertThat(downstreams.getAllServeEvents()).isEmpty();
    }

    @Test
    void writesNeedATokenWithGroupIngest() {
        long jobsBefore = jobCount();
        String report = smallReport("auth");
        for (String path : List.of("/api/v1/ingest/preview", "/api/v1/ingest/reports")) {
            given().contentType("text/plain")
                    .body(report)
                    .when()
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", is(401))
                    .body("title", equalTo("Unauthorized"));
            given().auth()
                    .oauth2(Tokens.forgedEditor())
                    .contentType("text/plain")
                    .body(report)
                    .when()
                    .post(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(Tokens.expiredEditor())
                    .contentType("text/plain")
                    .body(report)
                    .when()
                    .post(path)
                    .then()
                    .statusCode(401);
            given().auth()
                    .oauth2(Tokens.reader())
                    .contentType("text/plain")
                    .body(report)
                    .when()
                    .post(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", is(403));
        }
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void badBodiesAreRefusedWithAProblem() {
        long jobsBefore = jobCount();
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain")
                .body(new byte[0])
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain")
                .body(new byte[] {(byte) 0xC3, (byte) 0x28, 0x41})
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("application/pdf")
                .body("not a pdf".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/preview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        // a text in which no report structure is found is refused at once, on both routes
        for (String path : List.of("/api/v1/ingest/reports", "/api/v1/ingest/preview")) {
            given().auth()
                    .oauth2(Tokens.ingest())
                    .contentType("text/plain; charset=UTF-8")
                    .body("これは報告書ではありません。\n（1）一つ目\n本文である。\n")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body"))
                    .body("detail", org.hamcrest.Matchers.containsString("no report structure found"));
        }
        given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/html")
                .body("<p>report</p>")
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void anIngestJobStoresAwardSchemesThenMeasuresWithAServiceToken() throws Exception {
        stubHappyDownstreams();
        String report = smallReport("happy");
        ExtractableResponse<Response> accepted = given().auth()
                .oauth2(Tokens.ingest())
                .header("X-Request-ID", "ingest-test-42")
                .contentType("text/plain; charset=UTF-8")
                .body(report)
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .header("X-Request-ID", "ingest-test-42")
                .body("status", org.hamcrest.Matchers.oneOf("PENDING", "RUNNING", "SUCCEEDED"))
                .extract();
        String location = accepted.header("Location");
        String jobId = accepted.path("id");
        assertThat(location).isEqualTo("/api/v1/ingest/jobs/" + jobId);

        JsonNode job = awaitEnd(location);
        assertThat(job.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(job.path("progress").asInt()).isEqualTo(100);
        // the subsection and its two items are three numbered headings
        assertThat(job.path("counts").path("measures").asInt()).isEqualTo(3);
        String reportId = job.path("reportId").asText();

        List<LoggedRequest> awards = downstreams.findAll(
                putRequestedFor(urlPathMatching("/internal/v1/reports/" + reportId + "/award-schemes")));
        List<LoggedRequest> measures =
                downstreams.findAll(putRequestedFor(urlPathMatching("/internal/v1/reports/" + reportId)));
        assertThat(awards).hasSize(1);
        assertThat(measures).hasSize(1);
        for (LoggedRequest request : List.of(awards.get(0), measures.get(0))) {
            assertThat(request.getHeader("Authorization"))
                    .matches("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
            assertThat(request.getHeader("X-Request-ID")).isEqualTo("ingest-test-42");
        }
        JsonNode body = JSON.readTree(measures.get(0).getBodyAsString());
        assertThat(body.path("sourceHash").asText()).hasSize(64);
        assertThat(body.path("measures")).hasSize(3);
        JsonNode item2 = null;
        for (JsonNode m : body.path("measures")) {
            if (m.path("code").asText().equals("1-1-1-(2)")) {
                item2 = m;
            }
        }
        assertThat(item2).as("measure 1-1-1-(2)").isNotNull();
        assertThat(item2.path("budgets").get(0).path("amountYen").asLong()).isEqualTo(1_700_000_000L);
        assertThat(item2.path("ministries").findValuesAsText("code")).containsExactly("METI", "MEXT");
        assertThat(awards.get(0).getBodyAsString()).contains("\"reportId\":\"" + reportId + "\"");
        // awards first, so that measures can link to the schemes
        assertThat(awards.get(0).getLoggedDate())
                .isBeforeOrEqualTo(measures.get(0).getLoggedDate());
    }

    @Test
    void theSameReportGetsTheSameIdWhateverItsLineEnds() throws Exception {
        stubHappyDownstreams();
        String report = smallReport("twice");
        String first = awaitEnd(submit(report)).path("reportId").asText();
        String second = awaitEnd(submit("\uFEFF" + report.replace("\n", "\r\n")))
                .path("reportId")
                .asText();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aFailingDownstreamFailsTheJobAndARejectionIsNotRetried() throws Exception {
        downstreams.stubFor(put(urlPathMatching("/internal/v1/reports/[0-9a-f-]+/award-schemes"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":400,\"title\":\"Invalid request\"}")));
        JsonNode job = awaitEnd(submit(smallReport("rejected")));
        assertThat(job.path("status").asText()).isEqualTo("FAILED");
        assertThat(job.path("error").asText()).contains("awards-service").contains("400");
        assertThat(downstreams.findAll(putRequestedFor(urlPathMatching("/internal/v1/reports/.*"))))
                .hasSize(1);
    }

    @Test
    void unknownJobsAreProblems() {
        given().when()
                .get("/api/v1/ingest/jobs/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
        given().when()
                .get("/api/v1/ingest/jobs?size=501")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    private static long jobCount() {
        return given().when()
                .get("/api/v1/ingest/jobs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    private String submit(String report) {
        return given().auth()
                .oauth2(Tokens.ingest())
                .contentType("text/plain; charset=UTF-8")
                .body(report.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/ingest/reports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
    }

    private JsonNode awaitEnd(String location) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = JSON.readTree(given().when()
                    .get(location)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            String status = job.path("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job did not end: " + location);
    }
}
